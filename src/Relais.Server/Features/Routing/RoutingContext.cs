using Microsoft.EntityFrameworkCore;
using Relais.Data;
using Relais.Data.Model;
using Relais.Server.Features.Blacklist;
using Relais.Server.Features.Emails;
using Relais.Server.Features.Settings;

namespace Relais.Server.Features.Routing;

/// <summary>
/// What routing needs to know about the team, loaded in a few queries once per batch (or per
/// request): its active rules in order, its settings, its users, its blacklist and own addresses,
/// and the auto-replies already sent today and in the batch's threads. A batch that loaded the blacklist and own
/// addresses already passes them in.
/// </summary>
internal sealed class RoutingContext
{
    /// <summary>The active rules by descending priority (and the inactive ones too for a dry run, which says why they did not fire).</summary>
    public required IReadOnlyList<RoutingRule> Rules { get; init; }
    public required Team Team { get; init; }
    public required TimeZoneInfo Zone { get; init; }

    /// <summary>The active users; a rule's assignee or recipient who left is skipped.</summary>
    public required IReadOnlySet<Guid> ActiveUsers { get; init; }

    /// <summary>The active managers and admins: who is notified when a rule names nobody.</summary>
    public required IReadOnlyList<Guid> Managers { get; init; }

    public required SenderBlacklist Blacklist { get; init; }
    public required OwnAddresses Own { get; init; }

    /// <summary>Auto-replies queued since midnight in the team's time zone.</summary>
    public int RepliesToday { get; set; }

    /// <summary>Threads that already have an auto-reply (of those asked for).</summary>
    public required HashSet<string> RepliedThreads { get; init; }

    public static async Task<RoutingContext> LoadAsync(
        RelaisDbContext db, Guid teamId, DateTimeOffset now, IReadOnlyCollection<string> threadKeys, CancellationToken cancellationToken, bool withInactive = false,
        SenderBlacklist? blacklist = null, OwnAddresses? own = null)
    {
        var team = await db.Teams.AsNoTracking().SingleAsync(t => t.Id == teamId, cancellationToken);
        var zone = TeamSettings.Zone(team.Timezone);
        var rules = await db.RoutingRules.AsNoTracking().Where(r => r.Active || withInactive)
            .OrderByDescending(r => r.Priority).ThenBy(r => r.CreatedAt).ThenBy(r => r.Id)
            .ToListAsync(cancellationToken);
        var users = await db.Users.AsNoTracking().Where(u => u.Active).Select(u => new { u.Id, u.Role }).ToListAsync(cancellationToken);
        var midnight = LocalMidnight(now, zone);
        var repliesToday = await db.OutboxMessages.CountAsync(o => o.CreatedAt >= midnight, cancellationToken);
        var keys = threadKeys.Distinct().ToList();
        var replied = keys.Count == 0 ? [] : await db.OutboxMessages.Where(o => keys.Contains(o.ThreadKey)).Select(o => o.ThreadKey).ToListAsync(cancellationToken);
        return new RoutingContext
        {
            Rules = rules,
            Team = team,
            Zone = zone,
            ActiveUsers = users.Select(u => u.Id).ToHashSet(),
            Managers = [.. users.Where(u => u.Role is Role.Manager or Role.Admin).Select(u => u.Id).Order()],
            Blacklist = blacklist ?? new SenderBlacklist(await db.Blacklist.AsNoTracking().ToListAsync(cancellationToken)),
            Own = own ?? await OwnAddresses.LoadAsync(db, teamId, cancellationToken),
            RepliesToday = repliesToday,
            RepliedThreads = [.. replied],
        };
    }

    /// <summary>The start of the team's local day that holds <paramref name="now"/>, as an instant.</summary>
    public static DateTimeOffset LocalMidnight(DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var midnight = local.Date;
        return new DateTimeOffset(midnight, zone.GetUtcOffset(midnight)).ToUniversalTime();
    }

    /// <summary>Within the team's business hours (days and times in its time zone).</summary>
    public bool InBusinessHours(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, Zone);
        var time = TimeOnly.FromDateTime(local.DateTime);
        return Team.BusinessDays.Contains(local.DayOfWeek) && time >= Team.BusinessHoursStart && time < Team.BusinessHoursEnd;
    }
}
