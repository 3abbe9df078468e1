using Relais.Data.Model;
using Relais.Server.Tests.Infrastructure;

namespace Relais.Server.Tests.Features.Quality;

/// <summary>Writes people and organisations of one team straight to the database.</summary>
internal sealed class CrmSeed(RelaisFactory factory, Guid teamId)
{
    public async Task<Guid> PersonAsync(
        string? first, string? last, string? email, string? phone = null, string? mobile = null, string? job = null, string? linkedin = null,
        string? country = null, Guid[]? organisations = null)
    {
        await using var db = factory.Database.CreateContext();
        var now = factory.Time.GetUtcNow();
        var person = new Person
        {
            TeamId = teamId, FirstName = first, LastName = last, Email = email, Phone = phone, Mobile = mobile, JobTitle = job, Linkedin = linkedin,
            Country = country, CreatedAt = now, UpdatedAt = now,
        };
        db.People.Add(person);
        foreach (var (organisation, i) in (organisations ?? []).Select((o, i) => (o, i)))
        {
            db.PersonOrganisationLinks.Add(new PersonOrganisationLink { TeamId = teamId, PersonId = person.Id, OrganisationId = organisation, IsPrimary = i == 0 });
        }

        await db.SaveChangesAsync();
        return person.Id;
    }

    public async Task<Guid> OrganisationAsync(
        string name, string? domain = null, string? website = null, string? phone = null, string? address = null, string? city = null,
        string? postcode = null, string? country = null, string? type = null)
    {
        await using var db = factory.Database.CreateContext();
        var now = factory.Time.GetUtcNow();
        var organisation = new Organisation
        {
            TeamId = teamId, Name = name, NormalizedName = OrganisationNames.Normalize(name), Domain = domain, Website = website, Phone = phone,
            Address = address, City = city, Postcode = postcode, Country = country, Type = type, CreatedAt = now, UpdatedAt = now,
        };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        return organisation.Id;
    }
}
