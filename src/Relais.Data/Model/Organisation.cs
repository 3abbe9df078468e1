namespace Relais.Data.Model;

public sealed class Organisation : ITeamOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TeamId { get; set; }
    public required string Name { get; set; }

    /// <summary>Lower-case, accent-free, legal forms removed: matches "ACME SAS" with "Acme".</summary>
    public required string NormalizedName { get; set; }
    public string? Domain { get; set; }
    public string? Website { get; set; }
    public string? Phone { get; set; }
    public string? Address { get; set; }
    public string? City { get; set; }
    public string? Postcode { get; set; }
    public string? Country { get; set; }
    public string? Type { get; set; }
    public string? PipelineStage { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<PersonOrganisationLink> People { get; set; } = [];
}
