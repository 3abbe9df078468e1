using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Relais.Data;

namespace Relais.Server.Features.Quality;

/// <summary>
/// The team summary in three narrow streaming queries (links, people, organisations), whatever the
/// team's size: every record is scored in memory as it arrives, and duplicates are found by
/// grouping on their keys in dictionaries. No query per record.
/// </summary>
internal sealed class TeamQuality(RelaisDbContext db, DbContextOptions<RelaisDbContext> options, ITeamScope scope, QualityReader reader)
{
    private const int BatchSize = 2048;

    public async Task<TeamQualityResponse> SummaryAsync(int worst, int groups, CancellationToken cancellationToken)
    {
        var region = await reader.RegionAsync(cancellationToken);
        var peopleCount = await db.People.CountAsync(cancellationToken);
        var organisationCount = await db.Organisations.CountAsync(cancellationToken);

        // Reading rows and scoring them each take about half the time: the links are read on a second
        // context of the same team while the people stream in, and the people are scored on another
        // thread as they arrive.
        var links = LinksAsync(cancellationToken);
        var rows = Channel.CreateBounded<List<PersonFacts>>(new BoundedChannelOptions(8) { SingleReader = true, SingleWriter = true });
        var scoring = Task.Run(() => ScorePeopleAsync(rows, links, region, peopleCount, cancellationToken), cancellationToken);
        try
        {
            var batch = new List<PersonFacts>(BatchSize);
            await db.Database.OpenConnectionAsync(cancellationToken);
            await using var command = PeopleCommand();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (reader.Read())
            {
                string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
                batch.Add(new PersonFacts(reader.GetGuid(0), Text(1), Text(2), Text(3), Text(4), Text(5), reader.GetBoolean(6), Text(7), reader.GetBoolean(8)));
                if (batch.Count == BatchSize)
                {
                    await rows.Writer.WriteAsync(batch, cancellationToken);
                    batch = new List<PersonFacts>(BatchSize);
                }
            }

            await rows.Writer.WriteAsync(batch, cancellationToken);
        }
        finally
        {
            rows.Writer.TryComplete();
        }

        var people = await scoring;
        var (_, peopleByOrganisation) = await links;
        var organisations = new Tally(organisationCount);
        await foreach (var organisation in db.Organisations.AsNoTracking().Select(OrganisationFacts.Projection).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            organisation.PeopleCount = peopleByOrganisation.GetValueOrDefault(organisation.Id);
            var checks = OrganisationChecks.Of(organisation, region);
            organisations.Add(organisation.Id, QualityScoring.OrganisationCompleteness(organisation, checks), DuplicateKeys.Organisation(organisation, checks));
        }

        return new TeamQualityResponse(
            await people.SummariseAsync(worst, groups, async ids => await db.People.AsNoTracking().Where(p => ids.Contains(p.Id))
                .Select(p => new { p.Id, p.FirstName, p.LastName }).ToDictionaryAsync(p => p.Id, p => $"{p.FirstName} {p.LastName}".Trim(), cancellationToken)),
            await organisations.SummariseAsync(worst, groups, async ids => await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id))
                .ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken)));
    }

    /// <summary>
    /// The people's facts as <see cref="PersonFacts.Projection"/> reads them, through the connection's own reader: 100,000
    /// rows cost the driver far less read by ordinal than through a materializer. The team is the scope's, as the
    /// query filter would have it.
    /// </summary>
    private System.Data.Common.DbCommand PeopleCommand() => TeamCommand(db, """
        SELECT id, first_name, last_name, email, phone, mobile,
               job_title IS NOT NULL AND trim(job_title) <> '', linkedin, country IS NOT NULL AND trim(country) <> ''
        FROM people WHERE team_id = @team
        """);

    /// <summary>A command on the context's open connection whose <c>@team</c> is the scope's team (never all teams).</summary>
    private System.Data.Common.DbCommand TeamCommand(RelaisDbContext context, string sql)
    {
        var team = scope.TeamId is { } id && id != Guid.Empty && !scope.AllTeams ? id : throw new InvalidOperationException("The quality summary needs a team scope.");
        var command = context.Database.GetDbConnection().CreateCommand();
        command.Transaction = context.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@team";
        parameter.Value = context.Database.IsNpgsql() ? team : team.ToString().ToUpperInvariant();
        command.Parameters.Add(parameter);
        return command;
    }

    /// <summary>Scores the people as their batches arrive; a failure closes the channel, so the reader stops at once instead of waiting on a full channel.</summary>
    private static async Task<Tally> ScorePeopleAsync(
        Channel<List<PersonFacts>> rows, Task<(Dictionary<Guid, List<Guid>> ByPerson, Dictionary<Guid, int>)> links, string region, int count,
        CancellationToken cancellationToken)
    {
        try
        {
            var (organisationsByPerson, _) = await links;
            var people = new Tally(count);
            await foreach (var batch in rows.Reader.ReadAllAsync(cancellationToken))
            {
                foreach (var person in batch)
                {
                    if (organisationsByPerson.TryGetValue(person.Id, out var linked))
                    {
                        person.OrganisationIds = linked;
                    }

                    var checks = PersonChecks.Of(person, region);
                    people.Add(person.Id, QualityScoring.PersonCompleteness(person, checks), DuplicateKeys.Person(person, checks));
                }
            }

            return people;
        }
        catch (Exception exception)
        {
            rows.Writer.TryComplete(exception);
            throw;
        }
    }

    private async Task<(Dictionary<Guid, List<Guid>> ByPerson, Dictionary<Guid, int> ByOrganisation)> LinksAsync(CancellationToken cancellationToken)
    {
        await using var second = new RelaisDbContext(options, scope);
        var byPerson = new Dictionary<Guid, List<Guid>>(await second.PersonOrganisationLinks.CountAsync(cancellationToken));
        var byOrganisation = new Dictionary<Guid, int>();
        await second.Database.OpenConnectionAsync(cancellationToken);
        await using var command = TeamCommand(second, "SELECT person_id, organisation_id FROM person_organisation_links WHERE team_id = @team");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (reader.Read())
        {
            var (personId, organisationId) = (reader.GetGuid(0), reader.GetGuid(1));
            if (!byPerson.TryGetValue(personId, out var list))
            {
                byPerson[personId] = list = new List<Guid>(1);
            }

            list.Add(organisationId);
            byOrganisation[organisationId] = byOrganisation.GetValueOrDefault(organisationId) + 1;
        }

        return (byPerson, byOrganisation);
    }

    /// <summary>Scores before the duplicate penalty, and the first record met under each key; the penalty is applied once all are in.</summary>
    private sealed class Tally(int expected)
    {
        private readonly List<Guid> _ids = new(expected);
        private readonly List<int> _scores = new(expected);

        // Keys are kept as 64-bit hashes: 100,000 people hold some 250,000 keys, and strings kept
        // that long are what the garbage collector pays for. A false match needs a 64-bit collision.
        private readonly Dictionary<ulong, int>[] _firstWithKey = [.. Enum.GetValues<DuplicateReason>().Select(_ => new Dictionary<ulong, int>(expected))];
        private readonly Dictionary<(DuplicateReason Reason, ulong Key), List<int>> _groups = [];

        public void Add(Guid id, int completeness, List<(DuplicateReason Reason, string Key)> keys)
        {
            var index = _ids.Count;
            _ids.Add(id);
            _scores.Add(completeness);
            foreach (var (reason, text) in keys)
            {
                var key = Hash(text);
                var seen = _firstWithKey[(int)reason];
                if (!seen.TryGetValue(key, out var earlier))
                {
                    seen[key] = index;
                }
                else if (earlier != index)
                {
                    if (!_groups.TryGetValue((reason, key), out var members))
                    {
                        _groups[(reason, key)] = members = [earlier];
                    }

                    members.Add(index);
                }
            }
        }

        /// <summary>FNV-1a over the UTF-16 code units.</summary>
        private static ulong Hash(string text)
        {
            var hash = 14695981039346656037UL;
            foreach (var c in text)
            {
                hash = (hash ^ c) * 1099511628211UL;
            }

            return hash;
        }

        /// <summary>The summary; <paramref name="labels"/> names the few records it lists (read once, for those only).</summary>
        public async Task<QualitySummary> SummariseAsync(int worst, int groups, Func<Guid[], Task<Dictionary<Guid, string>>> labels)
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
            // The worst records: a max-heap of the `worst` lowest (score, id) seen so far.
            var lowest = new PriorityQueue<int, (int Score, Guid Id)>(worst + 1, Comparer<(int Score, Guid Id)>.Create((a, b) => b.CompareTo(a)));
            for (var i = 0; i < _scores.Count; i++)
            {
                var score = _scores[i] = QualityScoring.Penalised(_scores[i], reasons.TryGetValue(i, out var set) ? set.Count : 0);
                tiers[QualityScoring.TierOf(score)[0] - 'A']++;
                total += score;
                lowest.Enqueue(i, (score, _ids[i]));
                if (lowest.Count > worst)
                {
                    lowest.Dequeue();
                }
            }

            var worstIndexes = lowest.UnorderedItems.Select(e => e.Element).OrderBy(i => _scores[i]).ThenBy(i => _ids[i]).ToList();
            var names = await labels([.. worstIndexes.Select(i => _ids[i])]);
            var worstRecords = worstIndexes
                .Select(i => new RecordScore(_ids[i], names.GetValueOrDefault(_ids[i], string.Empty), _scores[i], QualityScoring.TierOf(_scores[i])))
                .ToList();
            var duplicateGroups = _groups
                .OrderByDescending(g => g.Value.Count).ThenBy(g => g.Key.Reason).ThenBy(g => _ids[g.Value[0]])
                .Take(groups)
                .Select(g => new DuplicateGroup(g.Key.Reason, [.. g.Value.Select(i => _ids[i]).Order()]))
                .ToList();
            var average = _scores.Count == 0 ? 0 : Math.Round((double)total / _scores.Count, 1);
            return new QualitySummary(_scores.Count, average, new TierCounts(tiers[0], tiers[1], tiers[2], tiers[3]), worstRecords, _groups.Count, duplicateGroups);
        }
    }
}
