namespace Relais.Data.Model;

/// <summary>Who did what (table <c>audit_log</c>); never holds email bodies, addresses or phone numbers.</summary>
public sealed class AuditLogEntry : ITeamOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TeamId { get; set; }
    public Guid? UserId { get; set; }
    public Guid? ApiTokenId { get; set; }
    public required string Action { get; set; }
    public string? EntityType { get; set; }
    public Guid? EntityId { get; set; }

    /// <summary>JSON details (field names, counts; no personal data).</summary>
    public string? Details { get; set; }
    public DateTimeOffset At { get; set; }
}
