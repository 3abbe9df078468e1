namespace Relais.Data.Model;

/// <summary>
/// How many analyses of a team, UTC day and provider/model took a time in one bucket of the
/// latency histogram (table <c>email_latency_daily</c>): the p95 of a long window is read from it.
/// </summary>
public sealed class EmailLatencyDay : ITeamOwned
{
    public Guid TeamId { get; set; }
    public DateOnly Day { get; set; }
    public required string Provider { get; set; }
    public required string Model { get; set; }
    public int Bucket { get; set; }
    public int Count { get; set; }
}
