using System.Net.Sockets;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using Relais.Server.Logging;

namespace Relais.Server.Features.EmailAccounts;

/// <summary>A mailbox problem already phrased for the account's <c>last_error</c> (no content, no address).</summary>
internal sealed class MailboxException(string message) : Exception(message);

/// <summary>
/// Says what went wrong with a mailbox in one short line an administrator can act on: the kind of
/// failure and at most the server's own words (addresses removed), never a message's content.
/// </summary>
internal static class MailboxFailure
{
    public const int MaxLength = 500;

    public static string Describe(Exception exception) => Clip(exception switch
    {
        MailboxException mailbox => mailbox.Message,
        AuthenticationException auth => ServerWords(auth.Message) is var words && !words.StartsWith("Authentication failed", StringComparison.OrdinalIgnoreCase)
            ? $"Authentication failed: {words}"
            : "Authentication failed: the server refused the user name or password.",
        SslHandshakeException => "The TLS handshake failed: the server's certificate is not trusted, or the server does not speak TLS on this port.",
        SocketException socket => $"Cannot reach the server ({socket.SocketErrorCode}).",
        FolderNotFoundException folder => $"The folder '{folder.FolderName}' does not exist on the server.",
        ImapCommandException command => $"The server refused a command: {ServerWords(command.ResponseText ?? command.Message)}",
        ProtocolException protocol => $"IMAP protocol error: {ServerWords(protocol.Message)}",
        TimeoutException => "The server did not answer in time.",
        IOException { InnerException: SocketException socket } => $"The connection was lost ({socket.SocketErrorCode}).",
        IOException or ServiceNotConnectedException => "The connection was lost.",
        NotSupportedException unsupported => ServerWords(unsupported.Message),
        System.Data.Common.DbException or Microsoft.EntityFrameworkCore.DbUpdateException =>
            $"The database refused to store the messages ({exception.GetType().Name}); the next sync resumes after the last batch stored.",
        _ => $"Unexpected failure ({exception.GetType().Name}).",
    });

    private static string ServerWords(string text) => LogRedactor.Redact(text.ReplaceLineEndings(" ").Trim());

    private static string Clip(string text) => text.Length <= MaxLength ? text : text[..(MaxLength - 1)] + "…";
}
