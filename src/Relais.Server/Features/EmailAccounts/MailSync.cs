using System.Collections.Concurrent;
using MailKit;
using MailKit.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Relais.Data;
using Relais.Data.Model;
using Relais.Server.Features.Emails;

namespace Relais.Server.Features.EmailAccounts;

/// <summary>
/// Reads an account's new mail into the team's emails, folder by folder, read-only: the UIDs above
/// the folder's last stored UID, downloaded and stored in batches, the folder's state advanced after
/// each batch. A sync that stops anywhere (error, cancellation, killed process) resumes after the
/// last batch stored; a batch stored twice is dropped by ingestion's deduplication, which also makes
/// re-reading a folder whose UIDVALIDITY changed safe.
/// </summary>
internal sealed partial class MailSync(
    RelaisDbContext db, MailIngestor ingestor, ImapConnector connector, TimeProvider time, IOptions<MailSyncOptions> options, ILogger<MailSync> logger)
{
    // One sync per account at a time in this process. Servers sharing a database may still overlap:
    // deduplication and the unique Message-ID index keep a message from being stored twice (the
    // losing batch fails, is recorded in last_error, and is recognised on the next sync).
    private static readonly ConcurrentDictionary<Guid, byte> Running = new();

    /// <summary>Syncs <paramref name="account"/> (of the scope's team); null when a sync of it is already running.</summary>
    public async Task<SyncReport?> SyncAsync(EmailAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (!Running.TryAdd(account.Id, 0))
        {
            return null;
        }

        try
        {
            var report = await RunAsync(account, cancellationToken);
            var error = report.Errors.Count == 0 ? null : string.Join("; ", report.Errors);
            await db.EmailAccounts.Where(a => a.Id == account.Id).ExecuteUpdateAsync(
                s => s.SetProperty(a => a.LastSyncAt, time.GetUtcNow()).SetProperty(a => a.LastError, Clip(error)),
                cancellationToken);
            LogSynced(logger, account.Id, report.Fetched, report.Stored, report.Duplicates, report.Errors.Count);
            return report;
        }
        finally
        {
            Running.TryRemove(account.Id, out _);
        }
    }

    private async Task<SyncReport> RunAsync(EmailAccount account, CancellationToken cancellationToken)
    {
        var folders = new List<FolderReport>();
        try
        {
            using var client = await connector.ConnectAsync(account, cancellationToken);
            foreach (var (folder, role) in await MailboxFolders.ResolveAsync(client, account.Folders, cancellationToken))
            {
                folders.Add(await SyncFolderAsync(account, folder, role, cancellationToken));
            }

            if (client.IsConnected)
            {
                await client.DisconnectAsync(quit: true, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogAccountFailed(logger, ex, account.Id);
            return SyncReport.Of(folders, [.. folders.Select(f => f.Error).OfType<string>(), MailboxFailure.Describe(ex)]);
        }

        return SyncReport.Of(folders, [.. folders.Select(f => f.Error).OfType<string>()]);
    }

    private async Task<FolderReport> SyncFolderAsync(EmailAccount account, IMailFolder folder, FolderRole role, CancellationToken cancellationToken)
    {
        var report = new FolderReport(folder.FullName, role);
        try
        {
            await folder.OpenAsync(FolderAccess.ReadOnly, cancellationToken);
            var state = await StateOfAsync(account, folder, role, cancellationToken);
            if (state.UidValidity != folder.UidValidity)
            {
                // A new UIDVALIDITY renumbers the folder: read it again (what was stored is recognised).
                report.Reset = state.UidValidity is not null;
                state.UidValidity = folder.UidValidity;
                state.LastUid = 0;
                await db.EmailFolders.Where(f => f.Id == state.Id).ExecuteUpdateAsync(
                    s => s.SetProperty(f => f.UidValidity, state.UidValidity).SetProperty(f => f.LastUid, 0L), cancellationToken);
            }

            // "UID n:*" always answers the highest UID, even below n: keep only the new ones.
            var fresh = folder.Count == 0 ? [] : (await folder.SearchAsync(
                    SearchQuery.Uids(new UniqueIdRange(folder.UidValidity, (uint)Math.Min(state.LastUid + 1, uint.MaxValue), uint.MaxValue)), cancellationToken))
                .Where(uid => uid.Id > state.LastUid).OrderBy(uid => uid.Id).ToList();
            foreach (var batch in fresh.Chunk(options.Value.BatchSize))
            {
                await StoreBatchAsync(account, folder, role, batch, report, cancellationToken);
                await db.EmailFolders.Where(f => f.Id == state.Id).ExecuteUpdateAsync(
                    s => s.SetProperty(f => f.LastUid, (long)batch[^1].Id).SetProperty(f => f.LastSyncAt, time.GetUtcNow()), cancellationToken);
            }

            await db.EmailFolders.Where(f => f.Id == state.Id).ExecuteUpdateAsync(s => s.SetProperty(f => f.LastSyncAt, time.GetUtcNow()), cancellationToken);
            await folder.CloseAsync(expunge: false, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogFolderFailed(logger, ex, account.Id, role);
            report.Error = $"{folder.FullName}: {MailboxFailure.Describe(ex)}";
        }

        return report;
    }

    private async Task StoreBatchAsync(
        EmailAccount account, IMailFolder folder, FolderRole role, UniqueId[] batch, FolderReport report, CancellationToken cancellationToken)
    {
        var summaries = await folder.FetchAsync(batch, MessageSummaryItems.UniqueId | MessageSummaryItems.InternalDate | MessageSummaryItems.Size, cancellationToken);
        var messages = new List<IncomingMessage>(batch.Length);
        foreach (var summary in summaries.OrderBy(s => s.UniqueId.Id))
        {
            if (summary.Size > EmailsEndpoints.MaxMessageBytes)
            {
                report.Skipped++;
                continue;
            }

            using var stream = await folder.GetStreamAsync(summary.UniqueId, cancellationToken);
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken);
            messages.Add(new IncomingMessage(buffer.ToArray(), $"{folder.FullName}/{summary.UniqueId.Id}", account.Id, role, summary.InternalDate));
        }

        report.Fetched += messages.Count;
        if (messages.Count == 0)
        {
            return;
        }

        var result = await ingestor.IngestAsync(messages, cancellationToken);
        report.Stored += result.Stored;
        report.Duplicates += result.Duplicates;
    }

    private async Task<EmailFolder> StateOfAsync(EmailAccount account, IMailFolder folder, FolderRole role, CancellationToken cancellationToken)
    {
        var state = await db.EmailFolders.AsNoTracking().SingleOrDefaultAsync(f => f.AccountId == account.Id && f.Path == folder.FullName, cancellationToken);
        if (state is not null)
        {
            if (state.Role != role)
            {
                await db.EmailFolders.Where(f => f.Id == state.Id).ExecuteUpdateAsync(s => s.SetProperty(f => f.Role, role), cancellationToken);
            }

            return state;
        }

        state = new EmailFolder { TeamId = account.TeamId, AccountId = account.Id, Path = folder.FullName, Role = role, UidValidity = folder.UidValidity };
        db.EmailFolders.Add(state);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return state;
    }

    private static string? Clip(string? text) =>
        text is null || text.Length <= MailboxFailure.MaxLength ? text : text[..(MailboxFailure.MaxLength - 1)] + "…";

    [LoggerMessage(Level = LogLevel.Information, Message = "Mailbox {AccountId} synced: {Fetched} fetched, {Stored} stored, {Duplicates} duplicates, {Errors} errors")]
    private static partial void LogSynced(ILogger logger, Guid accountId, int fetched, int stored, int duplicates, int errors);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mailbox {AccountId} sync failed")]
    private static partial void LogAccountFailed(ILogger logger, Exception exception, Guid accountId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mailbox {AccountId} folder {Role} sync failed")]
    private static partial void LogFolderFailed(ILogger logger, Exception exception, Guid accountId, FolderRole role);
}
