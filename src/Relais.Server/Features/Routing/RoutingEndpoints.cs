using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using ProblemDetails = Microsoft.AspNetCore.Mvc.ProblemDetails;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Relais.Data;
using Relais.Data.Model;
using Relais.Engine;
using Relais.Server.Api;
using Relais.Server.Features.Ai;
using Relais.Server.Features.Auth;

namespace Relais.Server.Features.Routing;

/// <summary>
/// <c>/routing-rules</c>: the team's rules (managers and admins write), a dry run on a pasted or
/// stored email (<c>/test</c>, writes nothing) and a real run on a stored email (<c>/run</c>).
/// </summary>
internal static class RoutingEndpoints
{
    private static readonly string[] NotActive = ["Not an active user of the team."];

    public static RouteGroupBuilder MapRoutingEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(ApiExtensions.Prefix + "/routing-rules").WithTags("Routing rules");
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:guid}", GetAsync);
        group.MapGet("/{id:guid}/executions", ExecutionsAsync);
        group.MapPost("/", CreateAsync).RequireAuthorization(Policies.Writer);
        group.MapPut("/{id:guid}", UpdateAsync).RequireAuthorization(Policies.Writer);
        group.MapDelete("/{id:guid}", DeleteAsync).RequireAuthorization(Policies.Writer);
        group.MapPost("/test", TestAsync).AddOpenApiOperationTransformer(AnalysisEndpoints.Body)
            .WithSummary("Dry run: the analysis of a pasted email (email_body, subject, from_email) or a stored one (email_id), the rules that match and what each would do.");
        group.MapPost("/run", RunAsync).RequireAuthorization(Policies.Writer)
            .WithSummary("Runs the rules for real on a stored, analysed email.");
        return group;
    }

    private static async Task<Ok<List<RoutingRuleResponse>>> ListAsync(RelaisDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok((await db.RoutingRules.AsNoTracking().OrderByDescending(r => r.Priority).ThenBy(r => r.CreatedAt).ThenBy(r => r.Id).ToListAsync(cancellationToken))
            .Select(RoutingRuleResponse.From).ToList());

    private static async Task<Results<Ok<RoutingRuleResponse>, NotFound>> GetAsync(Guid id, RelaisDbContext db, CancellationToken cancellationToken) =>
        await db.RoutingRules.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken) is { } rule
            ? TypedResults.Ok(RoutingRuleResponse.From(rule))
            : TypedResults.NotFound();

    private static async Task<Results<Ok<List<RoutingExecutionResponse>>, NotFound>> ExecutionsAsync(Guid id, RelaisDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.RoutingRules.AnyAsync(r => r.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var rows = await db.RoutingExecutions.AsNoTracking().Where(e => e.RuleId == id).OrderByDescending(e => e.ExecutedAt).Take(100).ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.Select(e => new RoutingExecutionResponse(e.Id, e.RuleId, e.EmailMessageId, e.InteractionId, e.Actions, e.Result, e.Trigger, e.ExecutedAt)).ToList());
    }

    private static async Task<Results<Created<RoutingRuleResponse>, ValidationProblem>> CreateAsync(
        RoutingRuleInput input, RelaisDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await UnknownUsersAsync(input, db, cancellationToken) is { } problem)
        {
            return problem;
        }

        var now = time.GetUtcNow();
        var rule = new RoutingRule { TeamId = user.TeamId(), Name = input.Name, IntentTrigger = input.IntentTrigger, CreatedAt = now };
        input.ApplyTo(rule, now);
        db.RoutingRules.Add(rule);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"{ApiExtensions.Prefix}/routing-rules/{rule.Id}", RoutingRuleResponse.From(rule));
    }

    private static async Task<Results<Ok<RoutingRuleResponse>, NotFound, ValidationProblem>> UpdateAsync(
        Guid id, RoutingRuleInput input, RelaisDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var rule = await db.RoutingRules.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (rule is null)
        {
            return TypedResults.NotFound();
        }

        if (await UnknownUsersAsync(input, db, cancellationToken) is { } problem)
        {
            return problem;
        }

        input.ApplyTo(rule, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(RoutingRuleResponse.From(rule));
    }

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(Guid id, RelaisDbContext db, CancellationToken cancellationToken) =>
        await Rows.RemoveAsync<RoutingRule>(db, id, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    /// <summary>Assignees and recipients must be active users of the team (another team's id is as unknown as a made-up one).</summary>
    private static async Task<ValidationProblem?> UnknownUsersAsync(RoutingRuleInput input, RelaisDbContext db, CancellationToken cancellationToken)
    {
        var named = input.Users().ToList();
        if (named.Count == 0)
        {
            return null;
        }

        var ids = named.Select(n => n.Id).Distinct().ToList();
        var active = (await db.Users.Where(u => u.Active && ids.Contains(u.Id)).Select(u => u.Id).ToListAsync(cancellationToken)).ToHashSet();
        var errors = named.Where(n => !active.Contains(n.Id)).ToDictionary(n => n.Field, _ => NotActive);
        return errors.Count == 0 ? null : TypedResults.ValidationProblem(errors);
    }

    private static async Task<Results<Ok<RoutingTestResponse>, ValidationProblem, NotFound>> TestAsync(
        HttpRequest request, RelaisDbContext db, TimeProvider time, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        var (input, errors) = await LenientJson.ReadAsync<AnalyzeRequest>(request, json.Value.SerializerOptions, cancellationToken);
        if (input is null)
        {
            return TypedResults.ValidationProblem(errors!);
        }

        var teamId = request.HttpContext.User.TeamId();
        var now = time.GetUtcNow();
        RoutedEmail? email;
        EmailAnalysis? analysis = null;
        if (input.EmailId is { } id)
        {
            email = await RoutedEmails.StoredAsync(db, id, cancellationToken);
            if (email is null)
            {
                return TypedResults.NotFound();
            }
        }
        else
        {
            var region = await db.Teams.Where(t => t.Id == teamId).Select(t => t.DefaultPhoneRegion).SingleAsync(cancellationToken);
            var from = input.FromEmail is { Length: > 0 } address ? new Sender(address.Trim().ToLowerInvariant(), input.FromName) : null;
            analysis = new EmailAnalyzer(new AnalyzerOptions { DefaultRegion = region }).AnalyzeText(input.EmailBody!, input.Subject, from);
            email = await RoutedEmails.PastedAsync(db, teamId, input, analysis, now, cancellationToken);
        }

        var context = await RoutingContext.LoadAsync(db, teamId, now, [RoutingPlan.ThreadKey(email)], cancellationToken, withInactive: true);
        var verdicts = new RoutingPlan(context, now, "dry_run").Route(email);
        return TypedResults.Ok(Answer(true, email, analysis, verdicts));
    }

    private static async Task<Results<Ok<RoutingTestResponse>, ValidationProblem, NotFound<ProblemDetails>>> RunAsync(
        RoutingRunRequest input, RelaisDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken cancellationToken)
    {
        var email = await RoutedEmails.StoredAsync(db, input.EmailId!.Value, cancellationToken, tracked: true);
        if (email is null || email.Interaction.EmailMessageId is null)
        {
            return TypedResults.NotFound(new ProblemDetails
            {
                Status = StatusCodes.Status404NotFound,
                Title = "Not Found",
                Detail = email is null ? $"email_id {input.EmailId} does not exist." : "The email has no interaction yet: it is waiting for the pipeline, or is automated mail.",
            });
        }

        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var context = await RoutingContext.LoadAsync(db, user.TeamId(), now, [RoutingPlan.ThreadKey(email)], cancellationToken);
        var plan = new RoutingPlan(context, now, "manual");
        var verdicts = plan.Route(email);
        await db.SaveChangesAsync(cancellationToken);
        await RoutingStep.WriteAsync(db, plan, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(Answer(false, email, null, verdicts));
    }

    private static RoutingTestResponse Answer(bool dryRun, RoutedEmail email, EmailAnalysis? analysis, List<RuleVerdict> verdicts)
    {
        var interaction = email.Interaction;
        var intent = interaction.Intent ?? "other";
        var response = new RoutingAnalysis(
            intent, IntentLabels.Of(intent), interaction.IntentConfidence ?? 0,
            analysis?.NeedsReply.Value ?? false,
            analysis?.Automated is { } kind ? EmailAnalysisJson.Code(kind) : email.Automated ? "automated" : null,
            analysis?.Language, email.SenderEmail, email.Person?.Id, interaction.OrganisationId, email.OrganisationName ?? email.SignatureCompany);
        RuleVerdictResponse Map(RuleVerdict v) =>
            new(v.Rule.Id == Guid.Empty ? null : v.Rule.Id, v.Rule.Name, v.Rule.Priority, v.Fired, v.WhyNot, v.Rule.StopProcessing,
                dryRun ? [.. v.Actions.Select(a => a.AsDryRun())] : v.Actions);
        var fallback = verdicts.FirstOrDefault(v => v.Rule.Id == Guid.Empty);
        return new RoutingTestResponse(
            dryRun, response,
            [.. verdicts.Where(v => v.Fired).Select(Map)],
            [.. verdicts.Where(v => !v.Fired && v != fallback).Select(Map)],
            fallback is null ? null : Map(fallback));
    }
}
