namespace Relais.Data.Model;

public sealed class Notification : ITeamOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TeamId { get; set; }
    public Guid UserId { get; set; }
    public required string Kind { get; set; }
    public required string Title { get; set; }
    public string? Message { get; set; }
    public string? Link { get; set; }
    public bool Read { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
