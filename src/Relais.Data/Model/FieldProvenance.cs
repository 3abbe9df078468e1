namespace Relais.Data.Model;

/// <summary>Who set a person or organisation field last; autofill never overwrites a value a user set.</summary>
public sealed class FieldProvenance : ITeamOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TeamId { get; set; }
    public ProvenanceEntity EntityType { get; set; }
    public Guid EntityId { get; set; }
    public required string Field { get; set; }
    public ProvenanceSource Source { get; set; }
    public Guid? UserId { get; set; }
    public Guid? EmailMessageId { get; set; }
    public Guid? SuggestionId { get; set; }

    /// <summary>Engine or model that produced the value (autofill only).</summary>
    public string? Model { get; set; }
    public double? Confidence { get; set; }

    /// <summary>The value before this write, so it can be undone.</summary>
    public string? PreviousValue { get; set; }
    public string? Value { get; set; }
    public DateTimeOffset SetAt { get; set; }
}

public enum ProvenanceEntity
{
    Person,
    Organisation,
}

public enum ProvenanceSource
{
    User,
    Autofill,
    Import,
}
