using System.Globalization;
using MimeKit;
using Relais.Server.Features.Emails;
using Relais.Data.Model;
using Relais.Demo.Mailbox;

namespace Relais.Demo;

/// <summary>The demo mailbox as email_messages rows and their contents, as an import would have stored them: raw MIME kept, analysis pending.</summary>
internal static class DemoEmailRows
{
    public static List<(EmailMessage Message, EmailContent Content)> From(IReadOnlyList<DemoEmail> mailbox, Team team, IReadOnlyDictionary<string, Person> people, DateTimeOffset now)
    {
        var format = FormatOptions.Default.Clone();
        format.NewLineFormat = NewLineFormat.Dos;
        var rows = new List<(EmailMessage, EmailContent)>(mailbox.Count);
        for (var i = 0; i < mailbox.Count; i++)
        {
            var message = mailbox[i].Message;
            using var buffer = new MemoryStream();
            message.WriteTo(format, buffer);
            var raw = buffer.ToArray();
            var from = message.From.Mailboxes.First();
            // Stored in UTC: PostgreSQL's timestamptz only takes offset 0.
            var sent = message.Date.ToUniversalTime();
            var row = new EmailMessage
            {
                TeamId = team.Id,
                ExternalId = "demo/" + (i + 1).ToString("0000", CultureInfo.InvariantCulture) + ".eml",
                MessageIdHeader = "<" + message.MessageId + ">",
                ThreadId = "<" + (message.References.FirstOrDefault() ?? message.MessageId) + ">",
                Subject = message.Subject,
                FromEmail = from.Address.ToLowerInvariant(),
                FromName = string.IsNullOrEmpty(from.Name) ? null : from.Name,
                To = [.. message.To.Mailboxes.Select(m => m.Address.ToLowerInvariant())],
                Cc = [.. message.Cc.Mailboxes.Select(m => m.Address.ToLowerInvariant())],
                SentAt = sent,
                ReceivedAt = mailbox[i].Outbound ? sent : sent.AddSeconds(2 + i % 40),
                Direction = mailbox[i].Outbound ? MessageDirection.Outbound : MessageDirection.Inbound,
                ContentHash = MailIngestor.ContentHashOf(raw),
                // Outbound mail is the team's own: the pipeline never reads it for contacts.
                AnalysisState = mailbox[i].Outbound ? AnalysisState.Skipped : AnalysisState.Pending,
                PersonId = people.GetValueOrDefault(mailbox[i].Outbound
                    ? message.To.Mailboxes.First().Address.ToLowerInvariant()
                    : from.Address.ToLowerInvariant())?.Id,
                CreatedAt = now,
            };
            rows.Add((row, new EmailContent { EmailMessageId = row.Id, TeamId = team.Id, RawMime = raw, TextBody = message.TextBody, HtmlBody = message.HtmlBody }));
        }
        return rows;
    }
}
