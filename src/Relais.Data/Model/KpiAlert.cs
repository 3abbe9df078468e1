namespace Relais.Data.Model;

/// <summary>
/// A red KPI the team's admins were told about (table <c>kpi_alerts</c>): at most one per team,
/// KPI and UTC day (unique), so an alert is not repeated within the day, even after a restart.
/// </summary>
public sealed class KpiAlert : ITeamOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TeamId { get; set; }
    public required string Kpi { get; set; }
    public DateOnly Day { get; set; }
    public double Value { get; set; }
    public double Threshold { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
