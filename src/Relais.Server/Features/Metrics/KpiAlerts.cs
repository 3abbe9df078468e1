using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Relais.Data;
using Relais.Data.Model;

namespace Relais.Server.Features.Metrics;

/// <summary>
/// Tells the scope's team's active admins when a KPI is red (a notification each, and one log line
/// with the team, KPI, value and red line, nothing personal), at most once per KPI per UTC day:
/// the day's <c>kpi_alerts</c> row is written with the notifications, and its unique index settles a
/// race between two servers.
/// </summary>
internal sealed partial class KpiAlerts(RelaisDbContext db, ITeamScope scope, MetricsReport report, TimeProvider time, IOptions<MetricsOptions> options, ILogger<KpiAlerts> logger)
{
    public const string Kind = "kpi_alert";
    public const string Link = "/dashboard/ai/intelligence";

    private static readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
    {
        [KpiHealth.SignatureParseSuccess] = "Taux de succès des signatures",
        [KpiHealth.CacheHitRate] = "Taux de cache",
        [KpiHealth.AverageProcessingTime] = "Temps moyen de traitement",
        [KpiHealth.IntentDetection] = "Taux de détection d'intention",
        [KpiHealth.ErrorRate] = "Taux d'erreur",
    };

    /// <summary>Checks the KPIs now; returns the codes of the KPIs alerted (red and not yet alerted today).</summary>
    public async Task<IReadOnlyList<string>> CheckAsync(CancellationToken cancellationToken)
    {
        var teamId = scope.TeamId ?? throw new InvalidOperationException("KPI alerts need a team scope.");
        var now = time.GetUtcNow();
        var today = MetricsCounters.DayOf(now);
        var metrics = await report.MetricsAsync(report.Window(options.Value.AlertWindowDays), cancellationToken);
        var red = metrics.Health.Where(h => h.Health == KpiHealth.Red && h.Value is not null).ToList();
        if (red.Count == 0)
        {
            return [];
        }

        var codes = red.Select(r => r.Kpi).ToList();
        var done = await db.KpiAlerts.AsNoTracking().Where(a => a.Day == today && codes.Contains(a.Kpi)).Select(a => a.Kpi).ToListAsync(cancellationToken);
        var admins = await db.Users.AsNoTracking().Where(u => u.Active && u.Role == Role.Admin).Select(u => u.Id).ToListAsync(cancellationToken);
        var alerted = new List<string>();
        foreach (var kpi in red.Where(r => !done.Contains(r.Kpi)))
        {
            var value = kpi.Value!.Value;
            db.KpiAlerts.Add(new KpiAlert { TeamId = teamId, Kpi = kpi.Kpi, Day = today, Value = value, Threshold = kpi.RedLine, CreatedAt = now });
            db.Notifications.AddRange(admins.Select(admin => new Notification
            {
                TeamId = teamId,
                UserId = admin,
                Kind = Kind,
                Title = "KPI en alerte : " + Titles[kpi.Kpi],
                Message = string.Create(CultureInfo.InvariantCulture, $"{kpi.Kpi} = {value} (seuil rouge {kpi.RedLine}) sur {metrics.Days} jour(s)."),
                Link = Link,
                CreatedAt = now,
            }));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another server alerted this KPI today first.
                db.ChangeTracker.Clear();
                continue;
            }

            LogKpiRed(logger, teamId, kpi.Kpi, value, kpi.RedLine);
            alerted.Add(kpi.Kpi);
        }

        return alerted;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "KPI red for team {TeamId}: {Kpi} = {Value} (red line {Threshold})")]
    private static partial void LogKpiRed(ILogger logger, Guid teamId, string kpi, double value, double threshold);
}
