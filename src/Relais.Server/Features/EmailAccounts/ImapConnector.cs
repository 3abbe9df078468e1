using MailKit.Net.Imap;
using MailKit.Security;
using Microsoft.Extensions.Options;
using Relais.Data.Model;
using Relais.Server.Features.Secrets;

namespace Relais.Server.Features.EmailAccounts;

/// <summary>Opens an authenticated IMAP session on an account, with its TLS mode and its decrypted password.</summary>
internal sealed partial class ImapConnector(SecretBox secrets, IOptions<MailSyncOptions> options, ILogger<ImapConnector> logger)
{
    /// <summary>What an account's password is bound to: it opens on this row only.</summary>
    public static string SecretContext(Guid accountId) => $"email_accounts/{accountId}";

    public async Task<ImapClient> ConnectAsync(EmailAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (account.EncryptedSecret is null)
        {
            throw new MailboxException("No password is set for this account.");
        }

        if (!secrets.TryOpen(account.EncryptedSecret, SecretContext(account.Id), out var password))
        {
            throw new MailboxException(
                "The stored password cannot be decrypted with this server's key (Relais:Secrets:Key or keys/secrets.key): enter the password again.");
        }

        var client = new ImapClient { Timeout = (int)options.Value.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(account.Host, account.Port, SocketOptions(account.TlsMode), cancellationToken);
            await client.AuthenticateAsync(account.Username, password, cancellationToken);
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>Connects, authenticates and lists the folders a sync would read; a failure is an answer, never an exception.</summary>
    public async Task<ConnectionTestResponse> TestAsync(EmailAccount account, CancellationToken cancellationToken)
    {
        try
        {
            using var client = await ConnectAsync(account, cancellationToken);
            var folders = await MailboxFolders.ResolveAsync(client, account.Folders, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
            return new ConnectionTestResponse(true, [.. folders.Select(f => new FolderInfo(f.Folder.FullName, f.Role))], null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogTestFailed(logger, ex, account.Id);
            return new ConnectionTestResponse(false, [], MailboxFailure.Describe(ex));
        }
    }

    private static SecureSocketOptions SocketOptions(TlsMode mode) => mode switch
    {
        TlsMode.Tls => SecureSocketOptions.SslOnConnect,
        TlsMode.StartTls => SecureSocketOptions.StartTls,
        TlsMode.None => SecureSocketOptions.None,
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown TLS mode."),
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Mailbox {AccountId} connection test failed")]
    private static partial void LogTestFailed(ILogger logger, Exception exception, Guid accountId);
}
