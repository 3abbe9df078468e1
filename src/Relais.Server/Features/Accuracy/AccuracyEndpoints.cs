using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Relais.Data;
using Relais.Data.Model;
using Relais.Server.Api;
using Relais.Server.Features.Auth;

namespace Relais.Server.Features.Accuracy;

internal static class AccuracyEndpoints
{
    private const int DefaultDays = 30;

    public static RouteGroupBuilder MapAccuracyEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(ApiExtensions.Prefix + "/ai").WithTags("Feedback and accuracy");
        group.MapGet("/accuracy", AccuracyAsync);
        group.MapGet("/feedback", FeedbackAsync);
        group.MapPost("/feedback", AddFeedbackAsync).RequireAuthorization(Policies.Writer);
        return group;
    }

    /// <summary>Accuracy over the window from the daily roll-up; today's roll-up is recomputed first, so it is never stale.</summary>
    private static async Task<Ok<AccuracyResponse>> AccuracyAsync(
        [AsParameters] AccuracyQuery query, RelaisDbContext db, AccuracyRollup rollup, TimeProvider time, CancellationToken cancellationToken)
    {
        var days = query.Days ?? DefaultDays;
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        await rollup.RecomputeAsync(today, cancellationToken);
        var from = today.AddDays(1 - days);
        var rows = await db.AiAccuracyMetrics.AsNoTracking().Where(m => m.Day >= from && m.Day <= today)
            .Where(m => query.PredictionType == null || m.PredictionType == query.PredictionType)
            .ToListAsync(cancellationToken);

        var lines = rows.GroupBy(r => (r.PredictionType, r.Model, r.Field))
            .OrderBy(g => g.Key.PredictionType, StringComparer.Ordinal).ThenBy(g => g.Key.Model, StringComparer.Ordinal).ThenBy(g => g.Key.Field, StringComparer.Ordinal)
            .Select(g => AccuracyReport.Line(g.Key.PredictionType, g.Key.Model, g.Key.Field, [.. g]))
            .ToList();
        var overall = rows.GroupBy(r => (r.PredictionType, r.Model))
            .OrderBy(g => g.Key.PredictionType, StringComparer.Ordinal).ThenBy(g => g.Key.Model, StringComparer.Ordinal)
            .Select(g => AccuracyReport.Line(g.Key.PredictionType, g.Key.Model, string.Empty, [.. g]))
            .ToList();
        return TypedResults.Ok(new AccuracyResponse(days, from, today, lines, overall));
    }

    private static async Task<Ok<PagedList<FeedbackResponse>>> FeedbackAsync(
        [AsParameters] PageQuery page, [AsParameters] FeedbackQuery query, RelaisDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var since = time.GetUtcNow().AddDays(-(query.Days ?? DefaultDays));
        var feedback = db.AiFeedback.AsNoTracking().Where(f => f.CreatedAt >= since);
        feedback = EnumCodes.TryParse<FeedbackOutcome>(query.Outcome, out var outcome) ? feedback.Where(f => f.Outcome == outcome) : feedback;
        feedback = query.Field is { } field ? feedback.Where(f => f.Field == field) : feedback;
        var ordered = feedback.OrderByDescending(f => f.CreatedAt).ThenByDescending(f => f.Id);
        return TypedResults.Ok(await ordered.ToPageAsync(page, f => new FeedbackResponse(
            f.Id, f.UserId, f.PredictionType, f.SuggestionId, f.EmailMessageId, f.Field, f.Model, f.OriginalValue, f.OriginalConfidence,
            f.CorrectedValue, f.Outcome, f.ErrorCategories, f.Notes, f.CreatedAt), cancellationToken));
    }

    private static async Task<Results<Created<FeedbackResponse>, Microsoft.AspNetCore.Http.HttpResults.NotFound<Microsoft.AspNetCore.Mvc.ProblemDetails>>> AddFeedbackAsync(
        FeedbackInput input, RelaisDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await References.FindMissingAsync(db, cancellationToken, ("email_id", input.EmailId, typeof(EmailMessage))) is { } missing)
        {
            return missing;
        }

        var row = new AiFeedback
        {
            TeamId = user.TeamId(),
            UserId = user.UserId(),
            PredictionType = input.PredictionType,
            EmailMessageId = input.EmailId,
            Field = input.Field,
            Model = "relais-engine/" + Engine.EmailAnalyzer.Version,
            OriginalValue = input.OriginalValue,
            OriginalConfidence = input.OriginalConfidence,
            CorrectedValue = input.CorrectedValue,
            Outcome = input.Outcome,
            ErrorCategories = [.. input.ErrorCategories ?? []],
            Notes = input.Notes,
            CreatedAt = time.GetUtcNow(),
        };
        db.AiFeedback.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"{ApiExtensions.Prefix}/ai/feedback", new FeedbackResponse(
            row.Id, row.UserId, row.PredictionType, null, row.EmailMessageId, row.Field, row.Model, row.OriginalValue, row.OriginalConfidence,
            row.CorrectedValue, row.Outcome, row.ErrorCategories, row.Notes, row.CreatedAt));
    }
}
