using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Relais.Data;
using Relais.Data.Model;
using Relais.Server.Api;
using Relais.Server.Features.Auth;

namespace Relais.Server.Features.Blacklist;

/// <summary>A sender to ignore; <c>drop_pending</c> also rejects the suggestions already waiting from matching senders.</summary>
public sealed record BlacklistInput(
    [Required, StringLength(320, MinimumLength = 3)] string Pattern,
    BlacklistType Type = BlacklistType.Email,
    [StringLength(500)] string? Reason = null,
    bool DropPending = false);

internal sealed record BlacklistResponse(Guid Id, string Pattern, BlacklistType Type, string? Reason, Guid? CreatedByUserId, DateTimeOffset CreatedAt, int DroppedSuggestions = 0);

internal static class BlacklistEndpoints
{
    public static RouteGroupBuilder MapBlacklistEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(ApiExtensions.Prefix + "/blacklist").WithTags("Blacklist");
        group.MapGet("/", ListAsync);
        group.MapPost("/", CreateAsync).RequireAuthorization(Policies.Writer);
        group.MapDelete("/{id:guid}", DeleteAsync).RequireAuthorization(Policies.Writer);
        return group;
    }

    private static async Task<Ok<List<BlacklistResponse>>> ListAsync(RelaisDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Blacklist.AsNoTracking().OrderBy(b => b.Type).ThenBy(b => b.Pattern)
            .Select(b => new BlacklistResponse(b.Id, b.Pattern, b.Type, b.Reason, b.CreatedByUserId, b.CreatedAt, 0))
            .ToListAsync(cancellationToken));

    private static async Task<Results<Created<BlacklistResponse>, ValidationProblem, Conflict<ProblemDetails>>> CreateAsync(
        BlacklistInput input, RelaisDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken cancellationToken)
    {
        var pattern = input.Pattern.Trim().ToLowerInvariant();
        if (SenderBlacklist.Validate(input.Type, pattern) is { } problem)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["pattern"] = [problem] });
        }

        if (await db.Blacklist.AnyAsync(b => b.Type == input.Type && b.Pattern == pattern, cancellationToken))
        {
            return TypedResults.Conflict(new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "This pattern is already blacklisted." });
        }

        var now = time.GetUtcNow();
        var entry = new BlacklistEntry { TeamId = user.TeamId(), Pattern = pattern, Type = input.Type, Reason = input.Reason?.Trim(), CreatedByUserId = user.UserId(), CreatedAt = now };
        db.Blacklist.Add(entry);
        var dropped = 0;
        if (input.DropPending)
        {
            var matcher = new SenderBlacklist([entry]);
            var pending = await db.AutofillSuggestions.Where(s => s.Status == SuggestionStatus.Pending)
                .Join(db.EmailMessages, s => s.EmailMessageId, e => e.Id, (s, e) => new { Suggestion = s, e.FromEmail })
                .ToListAsync(cancellationToken);
            foreach (var item in pending.Where(p => matcher.Matches(p.FromEmail)))
            {
                item.Suggestion.Status = SuggestionStatus.Rejected;
                item.Suggestion.Reason = "blacklisted";
                item.Suggestion.ReviewerId = user.UserId();
                item.Suggestion.ReviewedAt = now;
                dropped++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"{ApiExtensions.Prefix}/blacklist/{entry.Id}",
            new BlacklistResponse(entry.Id, entry.Pattern, entry.Type, entry.Reason, entry.CreatedByUserId, entry.CreatedAt, dropped));
    }

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(Guid id, RelaisDbContext db, CancellationToken cancellationToken) =>
        await Rows.RemoveAsync<BlacklistEntry>(db, id, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
}
