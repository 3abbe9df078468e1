using Microsoft.EntityFrameworkCore;
using Relais.Data;
using Relais.Data.Model;

namespace Relais.Server.Features.Emails;

/// <summary>
/// Stores incoming mail for the scope's team: each message once (deduplicated by Message-ID, then
/// by content hash), its direction told from the team's own addresses and the folder, its sender
/// (or, outbound, its first recipient) linked to the team's person with that address. Analysis is
/// left to the pipeline: inbound mail is stored pending, the team's own outgoing mail skipped.
/// </summary>
public sealed class MailIngestor(RelaisDbContext db, ITeamScope scope, TimeProvider time)
{
    private OwnAddresses? _own;

    public async Task<IngestResult> IngestAsync(IReadOnlyList<IncomingMessage> batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var teamId = scope.TeamId is { } id && id != Guid.Empty ? id : throw new InvalidOperationException("Ingestion needs a team scope.");
        _own ??= await OwnAddresses.LoadAsync(db, teamId, cancellationToken);
        var facts = batch.Select(m => MessageFacts.Read(m.Raw)).ToList();

        var ids = facts.Select(f => f.MessageId).OfType<string>().Distinct().ToList();
        var hashes = facts.Select(f => f.ContentHash).Distinct().ToList();
        var byMessageId = await db.EmailMessages.AsNoTracking().Where(e => e.MessageIdHeader != null && ids.Contains(e.MessageIdHeader))
            .Select(e => new { e.Id, e.MessageIdHeader }).ToDictionaryAsync(e => e.MessageIdHeader!, e => e.Id, cancellationToken);
        var byHash = (await db.EmailMessages.AsNoTracking().Where(e => hashes.Contains(e.ContentHash))
            .Select(e => new { e.Id, e.ContentHash }).ToListAsync(cancellationToken))
            .DistinctBy(e => e.ContentHash).ToDictionary(e => e.ContentHash, e => e.Id);

        var now = time.GetUtcNow();
        var results = new IngestedMessage[batch.Count];
        var added = new List<EmailMessage>();
        var contents = new List<EmailContent>();
        for (var i = 0; i < batch.Count; i++)
        {
            var fact = facts[i];
            if (fact.MessageId is { } messageId ? byMessageId.TryGetValue(messageId, out var existing) : byHash.TryGetValue(fact.ContentHash, out existing))
            {
                results[i] = new IngestedMessage(existing, Duplicate: true);
                continue;
            }

            var row = ToRow(batch[i], fact, teamId, now);
            added.Add(row);
            contents.Add(new EmailContent { EmailMessageId = row.Id, TeamId = teamId, RawMime = batch[i].Raw, TextBody = fact.TextBody, HtmlBody = fact.HtmlBody });
            results[i] = new IngestedMessage(row.Id, Duplicate: false);
            if (fact.MessageId is not null)
            {
                byMessageId[fact.MessageId] = row.Id;
            }
            else
            {
                byHash[fact.ContentHash] = row.Id;
            }
        }

        await LinkPeopleAsync(added, cancellationToken);
        if (db.Database.CurrentTransaction is not null)
        {
            await db.InsertAllAsync(added, cancellationToken);
            await db.InsertAllAsync(contents, cancellationToken);
            await Metrics.MetricsCounters.CountReceivedAsync(db, teamId, added, cancellationToken);
        }
        else
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.InsertAllAsync(added, cancellationToken);
            await db.InsertAllAsync(contents, cancellationToken);
            await Metrics.MetricsCounters.CountReceivedAsync(db, teamId, added, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return new IngestResult(results);
    }

    /// <summary>The hash deduplication compares: what the sender wrote, not the bytes (line endings and server headers vary).</summary>
    public static string ContentHashOf(byte[] raw) => MessageFacts.Read(raw).ContentHash;

    /// <summary>The direction and state of a stored email (the upload's answer).</summary>
    public async Task<(MessageDirection Direction, AnalysisState State)> DescribeAsync(Guid id, CancellationToken cancellationToken)
    {
        var row = await db.EmailMessages.AsNoTracking().Where(e => e.Id == id).Select(e => new { e.Direction, e.AnalysisState }).SingleAsync(cancellationToken);
        return (row.Direction, row.AnalysisState);
    }

    private EmailMessage ToRow(IncomingMessage incoming, MessageFacts fact, Guid teamId, DateTimeOffset now)
    {
        var outbound = incoming.Folder == FolderRole.Sent || _own!.Contains(fact.FromEmail);
        return new EmailMessage
        {
            TeamId = teamId,
            AccountId = incoming.AccountId,
            ExternalId = incoming.ExternalId is { Length: > 500 } long_ ? long_[..500] : incoming.ExternalId,
            MessageIdHeader = fact.MessageId,
            ThreadId = fact.ThreadId,
            Subject = fact.Subject,
            FromEmail = fact.FromEmail,
            FromName = fact.FromName,
            To = fact.To,
            Cc = fact.Cc,
            SentAt = fact.SentAt,
            ReceivedAt = (incoming.ReceivedAt ?? now).ToUniversalTime(),
            Direction = outbound ? MessageDirection.Outbound : MessageDirection.Inbound,
            ContentHash = fact.ContentHash,
            AnalysisState = outbound ? AnalysisState.Skipped : AnalysisState.Pending,
            CreatedAt = now,
        };
    }

    private async Task LinkPeopleAsync(List<EmailMessage> rows, CancellationToken cancellationToken)
    {
        var addresses = rows.Select(CounterpartOf).OfType<string>().Distinct().ToList();
        if (addresses.Count == 0)
        {
            return;
        }

        var people = (await db.People.AsNoTracking().Where(p => p.Email != null && addresses.Contains(p.Email))
            .Select(p => new { p.Id, p.Email }).ToListAsync(cancellationToken))
            .DistinctBy(p => p.Email).ToDictionary(p => p.Email!, p => p.Id);
        foreach (var row in rows)
        {
            row.PersonId = CounterpartOf(row) is { } address && people.TryGetValue(address, out var person) ? person : null;
        }
    }

    private static string? CounterpartOf(EmailMessage row) =>
        row.Direction == MessageDirection.Inbound ? row.FromEmail : row.To.FirstOrDefault();
}
