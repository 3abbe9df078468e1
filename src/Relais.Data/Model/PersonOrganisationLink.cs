namespace Relais.Data.Model;

public sealed class PersonOrganisationLink : ITeamOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TeamId { get; set; }
    public Guid PersonId { get; set; }
    public Person? Person { get; set; }
    public Guid OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public string? Role { get; set; }
    public string? JobTitle { get; set; }
    public bool IsPrimary { get; set; }
}
