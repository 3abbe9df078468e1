namespace Relais.Data.Model;

public sealed class Person : ITeamOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TeamId { get; set; }
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Mobile { get; set; }
    public string? JobTitle { get; set; }
    public string? Linkedin { get; set; }
    public string? Language { get; set; }
    public string? Country { get; set; }

    /// <summary>The person agreed to be emailed.</summary>
    public bool ConsentEmail { get; set; }

    /// <summary>The person agreed to their mail being sent to external AI providers.</summary>
    public bool ConsentAi { get; set; }
    public bool Unsubscribed { get; set; }
    public string? Notes { get; set; }

    /// <summary>The team member who owns the relationship (routing fallback).</summary>
    public Guid? OwnerId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<PersonOrganisationLink> Organisations { get; set; } = [];
}
