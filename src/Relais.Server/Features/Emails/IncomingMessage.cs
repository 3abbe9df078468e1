using Relais.Data.Model;

namespace Relais.Server.Features.Emails;

/// <summary>One raw message arriving from a source (IMAP folder, .eml/.mbox import, API upload).</summary>
/// <param name="Raw">The RFC 5322 bytes, stored as received.</param>
/// <param name="ExternalId">Where it came from in its source ("INBOX/1234", a file name), or null.</param>
/// <param name="AccountId">The mailbox it was synced from, or null.</param>
/// <param name="Folder">The role of its folder: a message of the Sent folder is outbound.</param>
/// <param name="ReceivedAt">When the mail server received it (IMAP INTERNALDATE); null means now.</param>
public sealed record IncomingMessage(
    byte[] Raw,
    string? ExternalId = null,
    Guid? AccountId = null,
    FolderRole? Folder = null,
    DateTimeOffset? ReceivedAt = null);

/// <summary>What an ingestion did: each message stored once, or recognised as already stored.</summary>
public sealed record IngestResult(IReadOnlyList<IngestedMessage> Messages)
{
    public int Stored => Messages.Count(m => !m.Duplicate);

    public int Duplicates => Messages.Count(m => m.Duplicate);
}

/// <summary>The stored row of one incoming message (the existing row for a duplicate).</summary>
public sealed record IngestedMessage(Guid Id, bool Duplicate);
