using Microsoft.EntityFrameworkCore;
using Relais.Data;
using Relais.Data.Model;

namespace Relais.Server.Features.Quality;

/// <summary>
/// Reads the records a quality report needs. One record's report looks for its duplicates among a
/// few candidates the database finds by the same keys the team summary groups on (email, the last
/// digits of each number, the organisations it is linked to), then confirms them in memory.
/// </summary>
internal sealed class QualityReader(RelaisDbContext db, ITeamScope scope)
{
    /// <summary>Digits of a national number compared in SQL before libphonenumber confirms: enough to keep the candidates few.</summary>
    private const int PhoneSuffixDigits = 7;

    public async Task<string> RegionAsync(CancellationToken cancellationToken)
    {
        var teamId = scope.TeamId ?? Guid.Empty;
        return await db.Teams.AsNoTracking().Where(t => t.Id == teamId).Select(t => t.DefaultPhoneRegion).SingleAsync(cancellationToken);
    }

    public async Task<PersonQualityResponse?> PersonAsync(Guid id, CancellationToken cancellationToken)
    {
        var person = (await LoadPeopleAsync(db.People.Where(p => p.Id == id), cancellationToken)).SingleOrDefault();
        if (person is null)
        {
            return null;
        }

        var region = await RegionAsync(cancellationToken);
        var checks = PersonChecks.Of(person, region);
        var duplicates = await PersonDuplicatesAsync(person, checks, region, cancellationToken);
        var card = QualityScoring.Person(person, checks, duplicates.SelectMany(d => d.Reasons).Distinct().Count());
        return new PersonQualityResponse(
            person.Id, person.Label, card.Score, card.Tier, card.Completeness, card.DuplicatePenalty, card.Criteria,
            [new("email", checks.Email), new("phone", checks.Phone), new("mobile", checks.Mobile), new("linkedin", checks.Linkedin)],
            duplicates, Recommendations.ForPerson(person, checks, duplicates));
    }

    public async Task<OrganisationQualityResponse?> OrganisationAsync(Guid id, CancellationToken cancellationToken)
    {
        var organisation = (await LoadOrganisationsAsync(db.Organisations.Where(o => o.Id == id), cancellationToken)).SingleOrDefault();
        if (organisation is null)
        {
            return null;
        }

        var region = await RegionAsync(cancellationToken);
        var checks = OrganisationChecks.Of(organisation, region);
        var keys = DuplicateKeys.Organisation(organisation, checks).ToHashSet();
        var name = organisation.NormalizedName;
        var domain = checks.Domain.Normalized;
#pragma warning disable CA1304, CA1311, CA1862 // In a query: EF sends ToLower() as SQL lower(), no culture involved.
        var candidates = db.Organisations.Where(o => o.Id != id
            && ((name != string.Empty && o.NormalizedName == name) || (domain != null && o.Domain != null && o.Domain.ToLower().Contains(domain))));
#pragma warning restore CA1304, CA1311, CA1862
        var duplicates = (await LoadOrganisationsAsync(candidates, cancellationToken))
            .Select(o => Candidate(o.Id, o.Name, keys, DuplicateKeys.Organisation(o, OrganisationChecks.Of(o, region))))
            .OfType<DuplicateCandidate>()
            .OrderBy(d => d.Id)
            .ToList();
        var card = QualityScoring.Organisation(organisation, checks, duplicates.SelectMany(d => d.Reasons).Distinct().Count());
        return new OrganisationQualityResponse(
            organisation.Id, organisation.Name, card.Score, card.Tier, card.Completeness, card.DuplicatePenalty, card.Criteria,
            [new("domain", checks.Domain), new("website", checks.Website), new("phone", checks.Phone)],
            duplicates, Recommendations.ForOrganisation(organisation, checks, duplicates));
    }

    private async Task<List<DuplicateCandidate>> PersonDuplicatesAsync(PersonFacts person, PersonChecks checks, string region, CancellationToken cancellationToken)
    {
        var keys = DuplicateKeys.Person(person, checks).ToHashSet();
        var id = person.Id;
        var email = checks.Email.Normalized;
        var suffixes = new[] { checks.Phone.Normalized, checks.Mobile.Normalized }.OfType<string>()
            .Select(n => n[Math.Max(1, n.Length - PhoneSuffixDigits)..]).Distinct().ToArray();
        var organisations = person.OrganisationIds.ToArray();
        var hasName = DuplicateKeys.PersonName(person.FirstName, person.LastName) is not null;

        // One scan for the address and the numbers: the digits of a stored number, separators dropped, end like those of the person's.
        var first = suffixes.ElementAtOrDefault(0);
        var second = suffixes.ElementAtOrDefault(1);
        var ids = new HashSet<Guid>();
        if (email is not null || first is not null)
        {
#pragma warning disable CA1304, CA1311, CA1862 // In a query: EF sends ToLower() as SQL lower(), no culture involved.
            ids.UnionWith(await db.People.Where(p => p.Id != id
                    && ((email != null && p.Email != null && p.Email.Trim().ToLower() == email)
                        || (first != null && p.Phone != null && p.Phone.Replace(" ", "").Replace(".", "").Replace("-", "").Replace("(", "").Replace(")", "").EndsWith(first))
                        || (first != null && p.Mobile != null && p.Mobile.Replace(" ", "").Replace(".", "").Replace("-", "").Replace("(", "").Replace(")", "").EndsWith(first))
                        || (second != null && p.Phone != null && p.Phone.Replace(" ", "").Replace(".", "").Replace("-", "").Replace("(", "").Replace(")", "").EndsWith(second))
                        || (second != null && p.Mobile != null && p.Mobile.Replace(" ", "").Replace(".", "").Replace("-", "").Replace("(", "").Replace(")", "").EndsWith(second))))
                .Select(p => p.Id).ToListAsync(cancellationToken));
#pragma warning restore CA1304, CA1311, CA1862
        }

        if (hasName && organisations.Length > 0)
        {
            ids.UnionWith(await db.PersonOrganisationLinks.Where(l => organisations.Contains(l.OrganisationId) && l.PersonId != id)
                .Select(l => l.PersonId).ToListAsync(cancellationToken));
        }

        var candidateIds = ids.ToArray();
        var candidates = await LoadPeopleAsync(db.People.Where(p => candidateIds.Contains(p.Id)), cancellationToken);
        return [.. candidates
            .Select(c => Candidate(c.Id, c.Label, keys, DuplicateKeys.Person(c, PersonChecks.Of(c, region))))
            .OfType<DuplicateCandidate>()
            .OrderBy(d => d.Id)];
    }

    private static DuplicateCandidate? Candidate(Guid id, string label, HashSet<(DuplicateReason, string)> keys, IEnumerable<(DuplicateReason Reason, string Key)> theirs)
    {
        var reasons = theirs.Where(keys.Contains).Select(k => k.Reason).Distinct().Order().ToList();
        return reasons.Count > 0 ? new DuplicateCandidate(id, label, reasons) : null;
    }

    private async Task<List<PersonFacts>> LoadPeopleAsync(IQueryable<Person> people, CancellationToken cancellationToken)
    {
        var rows = await people.AsNoTracking().Select(PersonFacts.Projection).ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToArray();
        var links = (await db.PersonOrganisationLinks.AsNoTracking().Where(l => ids.Contains(l.PersonId))
                .Select(l => new { l.PersonId, l.OrganisationId }).ToListAsync(cancellationToken))
            .ToLookup(l => l.PersonId, l => l.OrganisationId);
        foreach (var row in rows)
        {
            row.OrganisationIds = [.. links[row.Id].Order()];
        }

        return rows;
    }

    private async Task<List<OrganisationFacts>> LoadOrganisationsAsync(IQueryable<Organisation> organisations, CancellationToken cancellationToken)
    {
        var rows = await organisations.AsNoTracking().Select(OrganisationFacts.Projection).ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToArray();
        var counts = await db.PersonOrganisationLinks.AsNoTracking().Where(l => ids.Contains(l.OrganisationId))
            .GroupBy(l => l.OrganisationId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        foreach (var row in rows)
        {
            row.PeopleCount = counts.GetValueOrDefault(row.Id);
        }

        return rows;
    }
}
