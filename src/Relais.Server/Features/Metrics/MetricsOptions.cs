namespace Relais.Server.Features.Metrics;

/// <summary>The KPI alerts (section <c>Relais:Metrics</c>).</summary>
public sealed class MetricsOptions
{
    public const string Section = "Relais:Metrics";

    /// <summary>How often each team's KPIs are checked for a red band.</summary>
    public TimeSpan AlertPeriod { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The window the alerts judge, in days.</summary>
    public int AlertWindowDays { get; set; } = 1;

    /// <summary>Run the alert job (tests drive its tick themselves).</summary>
    public bool AlertsEnabled { get; set; } = true;
}
