using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Relais.Data;
using Relais.Data.Model;
using Relais.Server.Api;
using Relais.Server.Features.Auth;

namespace Relais.Server.Features.Autofill;

internal static class AutofillJobsEndpoints
{
    public static RouteGroupBuilder MapAutofillJobsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(ApiExtensions.Prefix + "/autofill-jobs").WithTags("Autofill jobs");
        group.MapPost("/start", StartAsync).RequireAuthorization(Policies.Writer);
        group.MapPost("/run-now", RunNowAsync).RequireAuthorization(Policies.Writer);
        group.MapGet("/stats", StatsAsync);
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:guid}", GetAsync);
        group.MapPost("/{id:guid}/cancel", CancelAsync).RequireAuthorization(Policies.Writer);
        return group;
    }

    /// <summary>Starts a job in the background and answers at once with its id.</summary>
    private static async Task<Results<Accepted<JobResponse>, Conflict<ProblemDetails>>> StartAsync(
        AutofillRunRequest request, AutofillJobs jobs, AutofillJobHost host, RelaisDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var created = await CreateAsync(request, jobs, db, user, cancellationToken);
        if (created.Job is not { } job)
        {
            return Conflict(created.Conflict!);
        }

        host.Enqueue(job.TeamId, job.Id);
        return TypedResults.Accepted($"{ApiExtensions.Prefix}/autofill-jobs/{job.Id}", JobResponse.Of(job));
    }

    /// <summary>Runs a job to its end and answers with its counters and the seed guide's summary.</summary>
    private static async Task<Results<Ok<RunNowResponse>, Conflict<ProblemDetails>>> RunNowAsync(
        AutofillRunRequest request, AutofillJobs jobs, AutofillJobHost host, RelaisDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var created = await CreateAsync(request, jobs, db, user, cancellationToken);
        if (created.Job is not { } job)
        {
            return Conflict(created.Conflict!);
        }

        var done = await host.RunAsync(job.TeamId, job.Id, null, cancellationToken);
        var metrics = AutofillMetrics.Of(done);
        return TypedResults.Ok(new RunNowResponse(done.Status == JobStatus.Succeeded, done.Id, done.Status, metrics, AutofillSummary.Format(metrics), done.Error));
    }

    private static async Task<AutofillJobs.JobCreation> CreateAsync(
        AutofillRunRequest request, AutofillJobs jobs, RelaisDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var teamId = user.TeamId();
        var threshold = request.AutoApplyThreshold
            ?? await db.Teams.Where(t => t.Id == teamId).Select(t => t.AutoApplyThreshold).SingleAsync(cancellationToken);
        var trigger = user.ApiTokenId() is null ? JobTrigger.User : JobTrigger.Token;
        return await jobs.CreateAsync(new AutofillParameters(request.DaysBack, request.MaxEmails, threshold), trigger, user.UserId(), user.ApiTokenId(), cancellationToken);
    }

    private static Conflict<ProblemDetails> Conflict(ActiveJobConflict conflict) => TypedResults.Conflict(new ProblemDetails
    {
        Status = StatusCodes.Status409Conflict,
        Title = "An autofill job is already running for this team.",
        Detail = $"Wait for job {conflict.JobId} to finish, or cancel it.",
        Extensions = { ["job_id"] = conflict.JobId },
    });

    private static async Task<Ok<PagedList<JobResponse>>> ListAsync([AsParameters] PageQuery page, RelaisDbContext db, CancellationToken cancellationToken)
    {
        var number = page.Page ?? 1;
        var size = page.PageSize ?? PageQuery.DefaultPageSize;
        var query = db.AutofillJobs.AsNoTracking().OrderByDescending(j => j.CreatedAt).ThenByDescending(j => j.Id);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.Skip((number - 1) * size).Take(size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedList<JobResponse>([.. items.Select(JobResponse.Of)], total, number, size));
    }

    private static async Task<Results<Ok<JobResponse>, NotFound>> GetAsync(Guid id, RelaisDbContext db, CancellationToken cancellationToken) =>
        await db.AutofillJobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id, cancellationToken) is { } job
            ? TypedResults.Ok(JobResponse.Of(job))
            : TypedResults.NotFound();

    private static async Task<Results<Ok<JobResponse>, NotFound>> CancelAsync(Guid id, AutofillJobs jobs, AutofillJobHost host, CancellationToken cancellationToken)
    {
        var job = await jobs.CancelAsync(id, cancellationToken);
        if (job is null)
        {
            return TypedResults.NotFound();
        }

        host.Cancel(id);
        return TypedResults.Ok(JobResponse.Of(job));
    }

    private static async Task<Ok<AutofillStats>> StatsAsync(RelaisDbContext db, CancellationToken cancellationToken)
    {
        var jobs = await db.AutofillJobs.AsNoTracking().GroupBy(j => j.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        int Jobs(JobStatus s) => jobs.FirstOrDefault(j => j.Key == s)?.Count ?? 0;
        var totals = await db.AutofillJobs.AsNoTracking().GroupBy(_ => 1).Select(g => new AutofillMetrics(
            g.Sum(j => j.EmailsProcessed), g.Sum(j => j.SignaturesParsed), g.Sum(j => j.SignaturesCached), g.Sum(j => j.IntentsDetected),
            g.Sum(j => j.IntentsCached), g.Sum(j => j.SuggestionsCreated), g.Sum(j => j.AutoApplied), g.Sum(j => j.ManualReview),
            g.Sum(j => j.Errors), g.Sum(j => j.ProcessingTimeMs))).SingleOrDefaultAsync(cancellationToken)
            ?? new AutofillMetrics(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        var suggestions = await db.AutofillSuggestions.AsNoTracking().GroupBy(s => s.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        int Suggestions(SuggestionStatus s) => suggestions.FirstOrDefault(x => x.Key == s)?.Count ?? 0;
        var emails = await db.EmailMessages.AsNoTracking().GroupBy(e => e.AnalysisState).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        int Emails(AnalysisState s) => emails.FirstOrDefault(x => x.Key == s)?.Count ?? 0;
        var last = await db.AutofillJobs.AsNoTracking().OrderByDescending(j => j.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        var created = suggestions.Sum(s => s.Count);

        return TypedResults.Ok(new AutofillStats(
            new JobCounts(jobs.Sum(j => j.Count), Jobs(JobStatus.Succeeded), Jobs(JobStatus.Failed), Jobs(JobStatus.Cancelled), Jobs(JobStatus.Queued) + Jobs(JobStatus.Running)),
            totals,
            new SuggestionCounts(Suggestions(SuggestionStatus.Pending), Suggestions(SuggestionStatus.AutoApplied), Suggestions(SuggestionStatus.Approved),
                Suggestions(SuggestionStatus.Corrected), Suggestions(SuggestionStatus.Rejected), Suggestions(SuggestionStatus.Undone)),
            new EmailCounts(Emails(AnalysisState.Pending), Emails(AnalysisState.Processing), Emails(AnalysisState.Done), Emails(AnalysisState.Failed),
                Emails(AnalysisState.Parked), Emails(AnalysisState.Skipped)),
            created == 0 ? 0 : Math.Round((double)(Suggestions(SuggestionStatus.AutoApplied) + Suggestions(SuggestionStatus.Undone)) / created, 4),
            last is null ? null : JobResponse.Of(last)));
    }
}
