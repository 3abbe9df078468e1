using Microsoft.EntityFrameworkCore;
using Relais.Data;
using Relais.Data.Model;
using Relais.Server.Features.Blacklist;
using Relais.Server.Features.Emails;

namespace Relais.Server.Features.Autofill;

/// <summary>
/// The part of the team's CRM a batch of emails can touch, loaded in a few set queries inside the
/// batch's write transaction: the senders' people, the organisations of their domains and company
/// names, who set each of their fields last, and the suggestions already waiting for them.
/// Entities are tracked, so the batch's changes are written in one SaveChanges.
/// </summary>
internal sealed class CrmState
{
    private readonly Dictionary<string, Person> _people;
    private readonly Dictionary<string, Organisation> _byDomain;
    private readonly Dictionary<string, Organisation> _byName;
    private readonly Dictionary<Guid, PersonOrganisationLink> _primary;
    private readonly Dictionary<(Guid Entity, string Field), ProvenanceSource> _lastSource;
    private readonly HashSet<string> _waiting;

    private CrmState(
        List<Person> people, List<Organisation> organisations, List<PersonOrganisationLink> links,
        List<FieldProvenance> provenance, IEnumerable<string> waiting, SenderBlacklist blacklist, OwnAddresses own)
    {
        _people = people.Where(p => p.Email is not null).DistinctBy(p => p.Email).ToDictionary(p => p.Email!, StringComparer.Ordinal);
        _byDomain = organisations.Where(o => o.Domain is not null).DistinctBy(o => o.Domain).ToDictionary(o => o.Domain!, StringComparer.OrdinalIgnoreCase);
        _byName = organisations.DistinctBy(o => o.NormalizedName).ToDictionary(o => o.NormalizedName, StringComparer.Ordinal);
        _primary = links.OrderByDescending(l => l.IsPrimary).DistinctBy(l => l.PersonId).ToDictionary(l => l.PersonId);
        _lastSource = provenance.GroupBy(p => (p.EntityId, p.Field))
            .ToDictionary(g => g.Key, g => g.MaxBy(p => p.SetAt)!.Source);
        _waiting = [.. waiting];
        Blacklist = blacklist;
        Own = own;
        Organisations = organisations.ToDictionary(o => o.Id);
    }

    public SenderBlacklist Blacklist { get; }

    public OwnAddresses Own { get; }

    public Dictionary<Guid, Organisation> Organisations { get; }

    public static async Task<CrmState> LoadAsync(
        RelaisDbContext db, Guid teamId, IReadOnlyCollection<string> senders, IReadOnlyCollection<string> companies, CancellationToken cancellationToken)
    {
        var people = await db.People.Where(p => p.Email != null && senders.Contains(p.Email)).ToListAsync(cancellationToken);
        var personIds = people.Select(p => p.Id).ToList();
        var links = await db.PersonOrganisationLinks.Where(l => personIds.Contains(l.PersonId)).ToListAsync(cancellationToken);
        var domains = senders.Select(OwnAddresses.DomainOf).Distinct().ToList();
        var names = companies.Select(OrganisationNames.Normalize).Distinct().ToList();
        var linkedIds = links.Select(l => l.OrganisationId).Distinct().ToList();
        var organisations = await db.Organisations
            .Where(o => (o.Domain != null && domains.Contains(o.Domain)) || names.Contains(o.NormalizedName) || linkedIds.Contains(o.Id))
            .ToListAsync(cancellationToken);
        var provenance = await LastWritesAsync(db, ProvenanceEntity.Person, personIds, cancellationToken);
        provenance.AddRange(await LastWritesAsync(db, ProvenanceEntity.Organisation, [.. organisations.Select(o => o.Id)], cancellationToken));

        var waitingForPeople = await db.AutofillSuggestions.AsNoTracking()
            .Where(s => s.Status == SuggestionStatus.Pending && s.PersonId != null && personIds.Contains(s.PersonId.Value))
            .Select(s => new { s.PersonId, s.Field, s.SuggestedValue }).ToListAsync(cancellationToken);
        var waitingForNewcomers = await db.AutofillSuggestions.AsNoTracking()
            .Where(s => s.Status == SuggestionStatus.Pending && s.PersonId == null)
            .Join(db.EmailMessages.Where(e => e.FromEmail != null && senders.Contains(e.FromEmail)), s => s.EmailMessageId, e => e.Id, (s, e) => new { e.FromEmail, s.Field, s.SuggestedValue })
            .ToListAsync(cancellationToken);
        var blacklist = new SenderBlacklist(await db.Blacklist.AsNoTracking().ToListAsync(cancellationToken));
        var own = await OwnAddresses.LoadAsync(db, teamId, cancellationToken);

        return new CrmState(
            people, organisations, links, provenance,
            waitingForPeople.Select(w => WaitingKey(w.PersonId!.Value.ToString(), w.Field, w.SuggestedValue))
                .Concat(waitingForNewcomers.Select(w => WaitingKey(w.FromEmail!, w.Field, w.SuggestedValue))),
            blacklist, own);
    }

    /// <summary>
    /// The newest write of each field of these entities (a field's history can be long: only its last author
    /// matters). By kind then id, so the (team, entity type, entity id, field, set at) index serves the lookup
    /// and the "no newer write" test.
    /// </summary>
    private static Task<List<FieldProvenance>> LastWritesAsync(RelaisDbContext db, ProvenanceEntity kind, List<Guid> ids, CancellationToken cancellationToken) =>
        db.FieldProvenance.AsNoTracking()
            .Where(p => p.EntityType == kind && ids.Contains(p.EntityId))
            .GroupBy(p => new { p.EntityId, p.Field })
            .Select(g => g.OrderByDescending(p => p.SetAt).First())
            .ToListAsync(cancellationToken);

    public Person? PersonByEmail(string email) => _people.GetValueOrDefault(email);

    public void AddPerson(Person person) => _people[person.Email!] = person;

    public Organisation? OrganisationByDomain(string domain) => _byDomain.GetValueOrDefault(domain);

    public Organisation? OrganisationByName(string name) => _byName.GetValueOrDefault(OrganisationNames.Normalize(name));

    public void AddOrganisation(Organisation organisation)
    {
        Organisations[organisation.Id] = organisation;
        _byName.TryAdd(organisation.NormalizedName, organisation);
        if (organisation.Domain is not null)
        {
            _byDomain.TryAdd(organisation.Domain, organisation);
        }
    }

    public PersonOrganisationLink? PrimaryLink(Guid personId) => _primary.GetValueOrDefault(personId);

    public void AddLink(PersonOrganisationLink link) => _primary[link.PersonId] = link;

    /// <summary>Who set the field last: null when nobody did through Relais (imported data counts as the user's).</summary>
    public ProvenanceSource? LastSource(Guid entityId, string column) =>
        _lastSource.TryGetValue((entityId, column), out var source) ? source : null;

    public void Wrote(Guid entityId, string column, ProvenanceSource source) => _lastSource[(entityId, column)] = source;

    /// <summary>The same value already waits for review for this person (or, before they exist, this sender).</summary>
    public bool IsWaiting(string who, string field, string value) => !_waiting.Add(WaitingKey(who, field, value));

    private static string WaitingKey(string who, string field, string value) => who + "\u0000" + field + "\u0000" + value.Trim().ToLowerInvariant();
}
