using System.Globalization;
using Cronos;
using MimeKit;
using PhoneNumbers;
using Relais.Data.Model;

namespace Relais.Server.Features.Settings;

/// <summary>The team's settings as the API shows and takes them (<c>GET/PUT /team/settings</c>).</summary>
public sealed record TeamSettingsDocument(
    string? Timezone = null,
    string? DefaultPhoneRegion = null,
    BusinessHoursDocument? BusinessHours = null,
    Guid? DefaultAssigneeId = null,
    RoutingFallback? Fallback = null,
    string? AutofillSchedule = null,
    double? AutoApplyThreshold = null,
    int? AutoReplyDailyCap = null,
    string? AutoReplyFrom = null,
    AiPolicy? AiPolicy = null,
    List<string>? OwnDomains = null)
{
    public static TeamSettingsDocument From(Team team) => new(
        team.Timezone,
        team.DefaultPhoneRegion,
        new BusinessHoursDocument(
            team.BusinessHoursStart.ToString("HH:mm", CultureInfo.InvariantCulture),
            team.BusinessHoursEnd.ToString("HH:mm", CultureInfo.InvariantCulture),
            [.. team.BusinessDays.Order()]),
        team.DefaultAssigneeId,
        team.RoutingFallback,
        team.AutofillSchedule,
        team.AutoApplyThreshold,
        team.AutoReplyDailyCap,
        team.AutoReplyFrom,
        team.AiPolicy,
        [.. team.OwnDomains]);
}

/// <summary>Working days and hours (<c>"09:00"</c> to <c>"18:00"</c>), in the team's time zone.</summary>
public sealed record BusinessHoursDocument(string? Start, string? End, List<DayOfWeek>? Days);

/// <summary>Validation and application of the settings: each field checked against what reads it.</summary>
internal static class TeamSettings
{
    private static readonly HashSet<string> Regions = [.. PhoneNumberUtil.GetInstance().GetSupportedRegions()];

    /// <summary>The team's zone; UTC when the stored id is unknown to this machine.</summary>
    public static TimeZoneInfo Zone(string timezone) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timezone, out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>Applies what is given (an absent or null member keeps its value, but <paramref name="clearAssignee"/>); errors by snake_case field name.</summary>
    public static Dictionary<string, string[]> Apply(TeamSettingsDocument input, Team team, IReadOnlySet<Guid> activeUsers, bool clearAssignee)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Error(string field, string message) => errors[field] = [message];

        if (input.Timezone is { } timezone)
        {
            if (TimeZoneInfo.TryFindSystemTimeZoneById(timezone.Trim(), out var zone) && zone.HasIanaId)
            {
                team.Timezone = zone.Id;
            }
            else
            {
                Error("timezone", "Give an IANA time zone, for example Europe/Paris.");
            }
        }

        if (input.DefaultPhoneRegion is { } region)
        {
            var code = region.Trim().ToUpperInvariant();
            if (Regions.Contains(code))
            {
                team.DefaultPhoneRegion = code;
            }
            else
            {
                Error("default_phone_region", "Give a two-letter region code known to libphonenumber, for example FR, GB or US.");
            }
        }

        if (input.BusinessHours is { } hours)
        {
            var start = hours.Start is null ? team.BusinessHoursStart : ParseTime(hours.Start);
            var end = hours.End is null ? team.BusinessHoursEnd : ParseTime(hours.End);
            if (start is null)
            {
                Error("business_hours.start", "Give a time as HH:mm, for example 09:00.");
            }

            if (end is null)
            {
                Error("business_hours.end", "Give a time as HH:mm, for example 18:00.");
            }

            if (start is { } s && end is { } e)
            {
                if (s >= e)
                {
                    Error("business_hours.end", "The end of the working day must come after its start.");
                }
                else
                {
                    team.BusinessHoursStart = s;
                    team.BusinessHoursEnd = e;
                }
            }

            if (hours.Days is { } days)
            {
                if (days.Count == 0)
                {
                    Error("business_hours.days", "Give at least one working day.");
                }
                else
                {
                    team.BusinessDays = [.. days.Distinct().Order()];
                }
            }
        }

        if (input.DefaultAssigneeId is { } assignee)
        {
            if (activeUsers.Contains(assignee))
            {
                team.DefaultAssigneeId = assignee;
            }
            else
            {
                Error("default_assignee_id", "The default assignee must be an active user of the team.");
            }
        }
        else if (clearAssignee)
        {
            team.DefaultAssigneeId = null;
        }

        if (input.Fallback is { } fallback)
        {
            team.RoutingFallback = fallback;
        }

        if (input.AutofillSchedule is { } schedule)
        {
            var trimmed = schedule.Trim();
            if (trimmed.Length == 0 || string.Equals(trimmed, "off", StringComparison.OrdinalIgnoreCase))
            {
                team.AutofillSchedule = null;
            }
            else if (trimmed.Length <= 100 && CronExpression.TryParse(trimmed, CronFormat.Standard, out _))
            {
                team.AutofillSchedule = trimmed;
            }
            else
            {
                Error("autofill_schedule", "Give a cron expression of five fields, for example \"0 * * * *\" (every hour), or \"off\".");
            }
        }

        if (input.AutoApplyThreshold is { } threshold)
        {
            if (threshold is >= 0.5 and <= 1.0)
            {
                team.AutoApplyThreshold = threshold;
            }
            else
            {
                Error("auto_apply_threshold", "The auto-apply threshold is a confidence from 0.5 to 1.");
            }
        }

        if (input.AutoReplyDailyCap is { } cap)
        {
            if (cap is >= 0 and <= 10_000)
            {
                team.AutoReplyDailyCap = cap;
            }
            else
            {
                Error("auto_reply_daily_cap", "The daily cap of auto-replies is from 0 (off) to 10000.");
            }
        }

        if (input.AutoReplyFrom is { } from)
        {
            var trimmed = from.Trim();
            if (trimmed.Length == 0)
            {
                team.AutoReplyFrom = null;
            }
            else if (trimmed.Length <= 320 && MailboxAddress.TryParse(trimmed, out var address) && address.Address.Contains('@', StringComparison.Ordinal))
            {
                team.AutoReplyFrom = trimmed;
            }
            else
            {
                Error("auto_reply_from", "Give an email address, for example ventes@example.fr or \"Ventes <ventes@example.fr>\".");
            }
        }

        if (input.AiPolicy is { } policy)
        {
            team.AiPolicy = policy;
        }

        if (input.OwnDomains is { } domains)
        {
            var cleaned = domains.Select(d => d.Trim().TrimStart('@').ToLowerInvariant()).Where(d => d.Length > 0).Distinct().ToList();
            if (cleaned.Any(d => d.Length > 253 || !d.Contains('.', StringComparison.Ordinal) || d.Any(c => !(char.IsLetterOrDigit(c) || c is '-' or '.'))))
            {
                Error("own_domains", "Give domain names, for example example.fr.");
            }
            else
            {
                team.OwnDomains = cleaned;
            }
        }

        return errors;
    }

    private static TimeOnly? ParseTime(string text) =>
        TimeOnly.TryParseExact(text.Trim(), ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;
}
