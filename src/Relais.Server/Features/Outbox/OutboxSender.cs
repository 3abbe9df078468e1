using MailKit;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Utils;
using Relais.Data;
using Relais.Data.Model;

namespace Relais.Server.Features.Outbox;

/// <summary>
/// Sends the scope's team's queued mail over SMTP with MailKit, one connection per round: each message
/// marked sent, or retried with a growing wait, or given up when the server refuses it for good (5xx)
/// or after the last attempt. Replies say they are automatic (RFC 3834) so other robots do not answer.
/// </summary>
internal sealed partial class OutboxSender(RelaisDbContext db, TimeProvider time, IOptions<SmtpOptions> options, ILogger<OutboxSender> logger)
{
    public const int BatchSize = 50;

    /// <summary>Sends what is due; returns how many were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        var due = await db.OutboxMessages.Where(m => m.Status == OutboxStatus.Queued && (m.NextAttemptAt == null || m.NextAttemptAt <= now))
            .OrderBy(m => m.CreatedAt).Take(BatchSize).ToListAsync(cancellationToken);
        if (due.Count == 0 || !settings.Enabled)
        {
            return 0;
        }

        var teamFrom = await db.Teams.Where(t => t.Id == due[0].TeamId).Select(t => t.AutoReplyFrom).SingleAsync(cancellationToken);
        var from = MailboxAddress.Parse(teamFrom ?? settings.From);
        var sent = 0;
        using var client = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(settings.Host!, settings.Port, settings.Security, cancellationToken);
            if (!string.IsNullOrEmpty(settings.Username))
            {
                await client.AuthenticateAsync(settings.Username, settings.Password ?? string.Empty, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is IOException or System.Net.Sockets.SocketException or SmtpProtocolException or SmtpCommandException or MailKit.Security.AuthenticationException or TimeoutException)
        {
            foreach (var message in due)
            {
                Failed(message, "connect: " + ex.GetType().Name, permanent: false, now, settings);
            }

            LogConnectFailed(logger, ex.GetType().Name, due.Count);
            await db.SaveChangesAsync(CancellationToken.None);
            return 0;
        }

        foreach (var message in due)
        {
            message.Attempts++;
            try
            {
                var mime = Build(message, from, time.GetUtcNow());
                await client.SendAsync(mime, cancellationToken);
                message.Status = OutboxStatus.Sent;
                message.SentAt = time.GetUtcNow();
                message.SentMessageId = mime.MessageId;
                message.LastError = null;
                message.NextAttemptAt = null;
                sent++;
            }
            catch (SmtpCommandException ex)
            {
                Failed(message, $"smtp {(int)ex.StatusCode} {ex.ErrorCode}", permanent: (int)ex.StatusCode >= 500, now, settings);
                LogSendFailed(logger, message.Id, (int)ex.StatusCode);
            }
            catch (Exception ex) when (ex is IOException or SmtpProtocolException or ServiceNotConnectedException or TimeoutException)
            {
                Failed(message, "send: " + ex.GetType().Name, permanent: false, now, settings);
                LogSendFailed(logger, message.Id, 0);
                break;
            }
        }

        await db.SaveChangesAsync(CancellationToken.None);
        if (client.IsConnected)
        {
            await client.DisconnectAsync(quit: true, CancellationToken.None);
        }

        return sent;
    }

    private static void Failed(OutboxMessage message, string error, bool permanent, DateTimeOffset now, SmtpOptions settings)
    {
        message.Attempts = Math.Max(message.Attempts, 1);
        message.LastError = error.Length <= 500 ? error : error[..500];
        if (permanent || message.Attempts >= settings.MaxAttempts)
        {
            message.Status = OutboxStatus.Failed;
            message.NextAttemptAt = null;
        }
        else
        {
            message.NextAttemptAt = now + settings.RetryAfter * Math.Pow(5, message.Attempts - 1);
        }
    }

    private static MimeMessage Build(OutboxMessage message, MailboxAddress from, DateTimeOffset now)
    {
        var mime = new MimeMessage { Subject = message.Subject, Body = new TextPart("plain") { Text = message.Body } };
        mime.From.Add(from);
        mime.To.Add(new MailboxAddress(message.ToName ?? string.Empty, message.ToAddress));
        mime.MessageId = MimeUtils.GenerateMessageId(from.Domain is { Length: > 0 } domain ? domain : "relais.localhost");
        mime.Date = now;
        if (message.InReplyTo is { Length: > 0 } parent)
        {
            mime.InReplyTo = parent;
            mime.References.Add(parent);
        }

        // RFC 3834: an automatic reply, which auto-responders must not answer.
        mime.Headers.Add("Auto-Submitted", "auto-replied");
        mime.Headers.Add("X-Auto-Response-Suppress", "All");
        return mime;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox: could not reach the SMTP server ({Error}); {Count} messages wait for the next round")]
    private static partial void LogConnectFailed(ILogger logger, string error, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox: message {MessageId} not sent (SMTP status {Status})")]
    private static partial void LogSendFailed(ILogger logger, Guid messageId, int status);
}
