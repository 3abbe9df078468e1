using Microsoft.EntityFrameworkCore;
using Relais.Data;
using Relais.Data.Model;

namespace Relais.Server.Features.Metrics;

/// <summary>
/// The window's top senders by inbound emails received, with their intents: each sender's totals
/// less their running totals before the window (<see cref="EmailSenderDay"/>, two seeks per
/// sender, whatever the window), the first N kept; then the N's names and last dates, and their
/// CRM person and primary organisation, one query each. Ties are broken by address.
/// </summary>
internal sealed class TopSenders(RelaisDbContext db, ITeamScope scope)
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 100;

    /// <summary>Senders looked at per query.</summary>
    private const int Chunk = 250;

    /// <summary>The window's counts of a sender: totals (w) less the last running totals before the window (b).</summary>
    private const string Columns = """
        w.sender AS "Sender", w.emails AS "Total", w.emails - COALESCE(b.emails, 0) AS "Emails",
        w.meeting_request - COALESCE(b.meeting_request, 0) AS "MeetingRequest", w.info_request - COALESCE(b.info_request, 0) AS "InfoRequest",
        w.follow_up - COALESCE(b.follow_up, 0) AS "FollowUp", w.introduction - COALESCE(b.introduction, 0) AS "Introduction",
        w.quotation_request - COALESCE(b.quotation_request, 0) AS "QuotationRequest", w.closing - COALESCE(b.closing, 0) AS "Closing",
        w.complaint - COALESCE(b.complaint, 0) AS "Complaint", w.thank_you - COALESCE(b.thank_you, 0) AS "ThankYou",
        w.unsubscribe - COALESCE(b.unsubscribe, 0) AS "Unsubscribe", w.other - COALESCE(b.other, 0) AS "Other"
        """;

    // {0} team, {1} window start, {2} chunk size, {3} offset, {4} first day of the window.
    private const string Senders = "SELECT * FROM email_senders WHERE team_id = {0} AND last_received_at >= {1} ORDER BY emails DESC, sender LIMIT {2} OFFSET {3}";

    private const string PostgresChunk = $$"""
        SELECT {{Columns}} FROM ({{Senders}}) AS w
        LEFT JOIN LATERAL (
          SELECT * FROM email_sender_days d WHERE d.team_id = w.team_id AND d.sender = w.sender AND d.day < {4} ORDER BY d.day DESC LIMIT 1
        ) AS b ON TRUE
        ORDER BY w.emails DESC, w.sender
        """;

    private const string SqliteChunk = $$"""
        SELECT {{Columns}} FROM (
          SELECT s.*, (SELECT d.day FROM email_sender_days d WHERE d.team_id = s.team_id AND d.sender = s.sender AND d.day < {4}
                       ORDER BY d.day DESC LIMIT 1) AS before_day
          FROM ({{Senders}}) AS s
        ) AS w
        LEFT JOIN email_sender_days b ON b.team_id = w.team_id AND b.sender = w.sender AND b.day = w.before_day
        ORDER BY w.emails DESC, w.sender
        """;

    public async Task<TopSendersResponse> ListAsync(MetricsWindow window, int limit, CancellationToken cancellationToken)
    {
        var teamId = scope.TeamId ?? throw new InvalidOperationException("Top senders need a team scope.");

        // Senders by total, a chunk at a time: a sender's mail in the window is at most their total, so once the
        // N-th best so far is above the last total of a chunk, no later sender can enter the list.
        var best = new List<SenderCounts>();
        for (var offset = 0; ; offset += Chunk)
        {
            var chunk = await ChunkAsync(teamId, window, offset, cancellationToken);
            best = [.. best.Concat(chunk).OrderByDescending(c => c.Emails).ThenBy(c => c.Sender, StringComparer.Ordinal).Take(limit)];
            if (chunk.Count < Chunk || (best.Count == limit && best[^1].Emails > chunk[^1].Total))
            {
                break;
            }
        }

        // Ordered by count, a sender with nothing in the window comes after every sender with something.
        var ranked = best.Where(s => s.Emails > 0).ToList();
        var addresses = ranked.Select(s => s.Sender).ToList();
        var totals = await db.EmailSenders.AsNoTracking().Where(s => addresses.Contains(s.Sender))
            .Select(s => new { s.Sender, s.SenderName, s.LastReceivedAt }).ToDictionaryAsync(s => s.Sender, StringComparer.Ordinal, cancellationToken);
        var people = (await db.People.AsNoTracking().Where(p => p.Email != null && addresses.Contains(p.Email))
                .OrderBy(p => p.CreatedAt).ThenBy(p => p.Id)
                .Select(p => new
                {
                    p.Id,
                    Email = p.Email!,
                    p.FirstName,
                    p.LastName,
                    Organisation = p.Organisations.Where(l => l.IsPrimary)
                        .Join(db.Organisations, l => l.OrganisationId, o => o.Id, (l, o) => new { o.Id, o.Name }).FirstOrDefault(),
                })
                .ToListAsync(cancellationToken))
            .DistinctBy(p => p.Email).ToDictionary(p => p.Email, StringComparer.Ordinal);

        var senders = ranked.Select(s =>
        {
            var total = totals[s.Sender];
            var person = people.GetValueOrDefault(s.Sender);
            var personName = person is null ? null : string.Join(' ', new[] { person.FirstName, person.LastName }.OfType<string>()).Trim();
            return new TopSender(
                s.Sender, string.IsNullOrEmpty(personName) ? total.SenderName : personName, person?.Id, person?.Organisation?.Id, person?.Organisation?.Name,
                s.Emails, total.LastReceivedAt, Intents(s));
        }).ToList();
        return new TopSendersResponse(window.Days, window.From, window.To, senders);
    }

    /// <summary>
    /// One chunk of the team's senders who wrote since the window's start, by total (then address), with their mail in
    /// the window: their totals less their last running totals before it. Raw SQL: the lookups must run once per sender,
    /// which PostgreSQL does for a LATERAL join and SQLite for a correlated subquery. The team is explicit: raw SQL has
    /// no query filter.
    /// </summary>
    private Task<List<SenderCounts>> ChunkAsync(Guid teamId, MetricsWindow window, int offset, CancellationToken cancellationToken)
    {
        var postgres = db.Database.IsNpgsql();
        object start = postgres ? window.Start : window.Start.ToUnixTimeMilliseconds();
#pragma warning disable EF1003 // the SQL is one of two constants of this class; the values are parameters
        return db.Database.SqlQueryRaw<SenderCounts>(postgres ? PostgresChunk : SqliteChunk, teamId, start, Chunk, offset, window.From).ToListAsync(cancellationToken);
#pragma warning restore EF1003
    }

    /// <summary>The intents of the window's mail, only those seen.</summary>
    private static Dictionary<string, int> Intents(SenderCounts c)
    {
        var intents = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["meeting_request"] = c.MeetingRequest, ["info_request"] = c.InfoRequest, ["follow_up"] = c.FollowUp, ["introduction"] = c.Introduction,
            ["quotation_request"] = c.QuotationRequest, ["closing"] = c.Closing, ["complaint"] = c.Complaint, ["thank_you"] = c.ThankYou,
            ["unsubscribe"] = c.Unsubscribe, ["other"] = c.Other,
        };
        return intents.Where(i => i.Value > 0).ToDictionary(StringComparer.Ordinal);
    }

    /// <summary>A sender's emails and intents in the window (a row of the raw query).</summary>
    private sealed class SenderCounts
    {
        public required string Sender { get; init; }
        public int Total { get; init; }
        public int Emails { get; init; }
        public int MeetingRequest { get; init; }
        public int InfoRequest { get; init; }
        public int FollowUp { get; init; }
        public int Introduction { get; init; }
        public int QuotationRequest { get; init; }
        public int Closing { get; init; }
        public int Complaint { get; init; }
        public int ThankYou { get; init; }
        public int Unsubscribe { get; init; }
        public int Other { get; init; }
    }
}
