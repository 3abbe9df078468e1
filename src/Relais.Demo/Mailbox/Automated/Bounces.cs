using System.Globalization;
using System.Text;
using MimeKit;
using MimeKit.Utils;
using Relais.Demo.Roster;

namespace Relais.Demo.Mailbox.Automated;

/// <summary>Why a message bounced: an RFC 3463 status and the remote server's words.</summary>
internal sealed record BounceReason(string Status, string Diagnostic, string ExplanationFr, string ExplanationEn);

/// <summary>Delivery status notifications (multipart/report, RFC 3464) from the team's own mail servers.</summary>
internal static class Bounces
{
    public static readonly BounceReason UnknownUser = new("5.1.1", "550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown",
        "L'adresse e-mail que vous avez saisie est introuvable. Vérifiez l'adresse du destinataire et renvoyez le message.",
        "The email account that you tried to reach does not exist.");

    public static readonly BounceReason UnknownDomain = new("5.1.2", "Host or domain name not found. Name service error for name={domain} type=MX",
        "Le domaine du destinataire n'existe pas ou n'accepte pas de courrier.", "The recipient's domain does not exist.");

    public static readonly BounceReason MailboxFull = new("5.2.2", "552 5.2.2 <{rcpt}>: Mailbox full, quota exceeded",
        "La boîte aux lettres du destinataire est pleine et ne peut plus accepter de messages.", "The recipient's mailbox is full.");

    public static void Add(MailboxSink sink, SentMail original, BounceReason reason, bool exchange)
    {
        var rng = sink.Rng;
        var rcpt = original.To[0].Address;
        var domain = rcpt[(rcpt.IndexOf('@', StringComparison.Ordinal) + 1)..];
        var diagnostic = reason.Diagnostic.Replace("{rcpt}", rcpt, StringComparison.Ordinal).Replace("{domain}", domain, StringComparison.Ordinal);
        var date = DemoClock.InZone(original.Date.AddSeconds(rng.Next(3, 90)), DemoZone.Paris);
        var host = exchange ? "PA4P190MB1234.eurprd01.prod.outlook.com" : "mx1." + DemoTeam.Domain;

        var message = new MimeMessage();
        message.From.Add(exchange
            ? new MailboxAddress("Microsoft Outlook", "postmaster@" + DemoTeam.Domain)
            : new MailboxAddress("Mail Delivery System", "MAILER-DAEMON@mx1." + DemoTeam.Domain));
        message.To.Add(original.From);
        message.Subject = exchange ? "Non remis : " + original.Subject : "Undelivered Mail Returned to Sender";
        message.Date = date;
        message.MessageId = sink.UniqueId(() => MessageIds.Automated(host, rng, date));
        message.Headers.Add("Auto-Submitted", "auto-replied");
        message.Headers.Add("Return-Path", "<>");

        var human = exchange
            ? $"Votre message n'a pas pu être remis à {rcpt}.\n\n{reason.ExplanationFr}\n\nInformations de diagnostic pour les administrateurs :\n\nServeur de génération : {host}\n{rcpt}\nRemote server returned '{diagnostic}'\n"
            : $"This is the mail system at host {host}.\n\nYour message could not be delivered to one or more recipients.\n{reason.ExplanationEn} The original message headers are attached.\n\n<{rcpt}>: host mx.{domain}[203.0.113.{rng.Next(2, 250).ToString(CultureInfo.InvariantCulture)}] said: {diagnostic}\n    (in reply to RCPT TO command)\n";
        var report = new MultipartReport("delivery-status") { Boundary = MessageIds.Boundary(MailClient.Thunderbird, rng) };
        var notice = new TextPart("plain") { ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        notice.SetText("utf-8", human);
        report.Add(notice);
        report.Add(Status(host, rcpt, domain, reason.Status, diagnostic, original.Date));
        var headers = new TextPart("rfc822-headers") { ContentTransferEncoding = ContentEncoding.SevenBit };
        headers.SetText("us-ascii", OriginalHeaders(original));
        report.Add(headers);
        message.Body = report;
        sink.Add(message, "other", exchange ? "fr" : "en", DemoMailKind.Bounce, outbound: false);
    }

    private static MessageDeliveryStatus Status(string host, string rcpt, string domain, string status, string diagnostic, DateTimeOffset arrival)
    {
        var dsn = new MessageDeliveryStatus();
        dsn.StatusGroups.Add(new HeaderList
        {
            { "Reporting-MTA", "dns; " + host },
            { "Arrival-Date", DateUtils.FormatDate(arrival) },
        });
        dsn.StatusGroups.Add(new HeaderList
        {
            { "Final-Recipient", "rfc822; " + rcpt },
            { "Action", "failed" },
            { "Status", status },
            { "Remote-MTA", "dns; mx." + domain },
            { "Diagnostic-Code", "smtp; " + diagnostic },
        });
        return dsn;
    }

    private static string OriginalHeaders(SentMail original)
    {
        var sb = new StringBuilder();
        sb.Append("From: ").Append(original.From.ToString(true)).Append('\n');
        sb.Append("To: ").Append(original.To[0].ToString(true)).Append('\n');
        sb.Append("Subject: ").Append(new MimeKit.Header(HeaderId.Subject, original.Subject).RawValue is { } raw
            ? Encoding.ASCII.GetString(raw).Trim() : original.Subject).Append('\n');
        sb.Append("Date: ").Append(DateUtils.FormatDate(original.Date)).Append('\n');
        sb.Append("Message-ID: <").Append(original.MessageId).Append(">\n");
        return sb.ToString();
    }
}
