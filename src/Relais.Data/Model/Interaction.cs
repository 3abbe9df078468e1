namespace Relais.Data.Model;

public sealed class Interaction : ITeamOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TeamId { get; set; }
    public InteractionType Type { get; set; }
    public Guid? PersonId { get; set; }
    public Guid? OrganisationId { get; set; }
    public Guid? EmailMessageId { get; set; }
    public MessageDirection? Direction { get; set; }
    public required string Title { get; set; }
    public string? BodyExcerpt { get; set; }

    /// <summary>Intent code of SPEC section 4 (<c>quotation_request</c>), null when not analysed.</summary>
    public string? Intent { get; set; }
    public double? IntentConfidence { get; set; }
    public Priority Priority { get; set; } = Priority.Normal;
    public List<string> Tags { get; set; } = [];
    public InteractionStatus Status { get; set; } = InteractionStatus.Open;
    public Guid? AssigneeId { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

public enum InteractionType
{
    Email,
    Call,
    Meeting,
    Note,
}

public enum InteractionStatus
{
    Open,
    Done,
    Archived,
}

public enum Priority
{
    Low,
    Normal,
    High,
    Urgent,
}
