using Microsoft.EntityFrameworkCore;
using Relais.Data;

namespace Relais.Server.Features.Quality;

/// <summary>
/// The team summary in three narrow streaming queries (people, links, organisations), whatever the
/// team's size: every record is scored in memory as it arrives, and duplicates are found by
/// grouping on their keys in dictionaries. No query per record.
/// </summary>
internal sealed class TeamQuality(RelaisDbContext db, QualityReader reader)
{
    public async Task<TeamQualityResponse> SummaryAsync(int worst, int groups, CancellationToken cancellationToken)
    {
        var region = await reader.RegionAsync(cancellationToken);
        var organisationsByPerson = new Dictionary<Guid, List<Guid>>();
        var peopleByOrganisation = new Dictionary<Guid, int>();
        await foreach (var link in db.PersonOrganisationLinks.AsNoTracking().Select(l => new { l.PersonId, l.OrganisationId }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (!organisationsByPerson.TryGetValue(link.PersonId, out var list))
            {
                organisationsByPerson[link.PersonId] = list = new List<Guid>(1);
            }

            list.Add(link.OrganisationId);
            peopleByOrganisation[link.OrganisationId] = peopleByOrganisation.GetValueOrDefault(link.OrganisationId) + 1;
        }

        var people = new Tally();
        await foreach (var p in db.People.AsNoTracking()
            .Select(p => new { p.Id, p.FirstName, p.LastName, p.Email, p.Phone, p.Mobile, p.JobTitle, p.Linkedin, p.Country })
            .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var facts = new PersonFacts(p.Id, p.FirstName, p.LastName, p.Email, p.Phone, p.Mobile, p.JobTitle, p.Linkedin, p.Country,
                organisationsByPerson.TryGetValue(p.Id, out var linked) ? linked : []);
            var checks = PersonChecks.Of(facts, region);
            people.Add(p.Id, facts.Label, QualityScoring.Person(facts, checks, 0).Score, DuplicateKeys.Person(facts, checks));
        }

        var organisations = new Tally();
        await foreach (var o in db.Organisations.AsNoTracking()
            .Select(o => new { o.Id, o.Name, o.NormalizedName, o.Domain, o.Website, o.Phone, o.Address, o.City, o.Postcode, o.Country, o.Type })
            .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var facts = new OrganisationFacts(o.Id, o.Name, o.NormalizedName, o.Domain, o.Website, o.Phone, o.Address, o.City, o.Postcode, o.Country, o.Type,
                peopleByOrganisation.GetValueOrDefault(o.Id));
            var checks = OrganisationChecks.Of(facts, region);
            organisations.Add(o.Id, o.Name, QualityScoring.Organisation(facts, checks, 0).Score, DuplicateKeys.Organisation(facts, checks));
        }

        return new TeamQualityResponse(people.Summarise(worst, groups), organisations.Summarise(worst, groups));
    }

    /// <summary>Scores before the duplicate penalty, and the records met under each key; the penalty is applied once all are in.</summary>
    private sealed class Tally
    {
        private readonly List<Guid> _ids = [];
        private readonly List<string> _labels = [];
        private readonly List<int> _scores = [];
        private readonly Dictionary<(DuplicateReason, string), int> _firstWithKey = [];
        private readonly Dictionary<(DuplicateReason, string), List<int>> _groups = [];

        public void Add(Guid id, string label, int completeness, IEnumerable<(DuplicateReason Reason, string Key)> keys)
        {
            var index = _ids.Count;
            _ids.Add(id);
            _labels.Add(label);
            _scores.Add(completeness);
            foreach (var key in keys)
            {
                if (!_firstWithKey.TryGetValue(key, out var first))
                {
                    _firstWithKey[key] = index;
                }
                else if (first != index)
                {
                    if (!_groups.TryGetValue(key, out var members))
                    {
                        _groups[key] = members = [first];
                    }

                    members.Add(index);
                }
            }
        }

        public QualitySummary Summarise(int worst, int groups)
        {
            // One penalty per kind of duplicate, however many groups of that kind the record is in (as in the record's own report).
            var reasons = new Dictionary<int, HashSet<DuplicateReason>>();
            foreach (var ((reason, _), members) in _groups)
            {
                foreach (var member in members)
                {
                    if (!reasons.TryGetValue(member, out var set))
                    {
                        reasons[member] = set = [];
                    }

                    set.Add(reason);
                }
            }

            var tiers = new int[4];
            long total = 0;
            for (var i = 0; i < _scores.Count; i++)
            {
                var penalty = reasons.TryGetValue(i, out var set) ? set.Count * QualityScoring.PenaltyPerDuplicateReason : 0;
                _scores[i] = Math.Max(0, _scores[i] - penalty);
                tiers[QualityScoring.TierOf(_scores[i])[0] - 'A']++;
                total += _scores[i];
            }

            var worstRecords = Enumerable.Range(0, _scores.Count)
                .OrderBy(i => _scores[i]).ThenBy(i => _ids[i])
                .Take(worst)
                .Select(i => new RecordScore(_ids[i], _labels[i], _scores[i], QualityScoring.TierOf(_scores[i])))
                .ToList();
            var duplicateGroups = _groups
                .OrderByDescending(g => g.Value.Count).ThenBy(g => g.Key.Item1).ThenBy(g => _ids[g.Value[0]])
                .Take(groups)
                .Select(g => new DuplicateGroup(g.Key.Item1, [.. g.Value.Select(i => _ids[i]).Order()]))
                .ToList();
            var average = _scores.Count == 0 ? 0 : Math.Round((double)total / _scores.Count, 1);
            return new QualitySummary(_scores.Count, average, new TierCounts(tiers[0], tiers[1], tiers[2], tiers[3]), worstRecords, _groups.Count, duplicateGroups);
        }
    }
}
