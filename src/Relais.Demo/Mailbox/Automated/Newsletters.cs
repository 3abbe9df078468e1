using System.Globalization;
using MimeKit;
using Relais.Demo.Roster;

namespace Relais.Demo.Mailbox.Automated;

/// <summary>Bulk mail from lists the team subscribes to: List-Unsubscribe, List-Id, Precedence: bulk.</summary>
internal static class Newsletters
{
    public static void AddAll(MailboxSink sink, DateTimeOffset now)
    {
        foreach (var source in NewsletterSources.All)
        {
            var issue = 100 + sink.Rng.Next(50, 300);
            var day = Last(source.Day, now.AddDays(-88));
            for (var i = 0; day < now; day = day.AddDays(source.EveryDays), i++)
            {
                var local = DemoClock.InZone(day, DemoZone.Paris);
                var sent = new DateTimeOffset(local.Date.AddHours(source.Hour).AddMinutes(sink.Rng.Next(0, 15)), local.Offset);
                if (sent < now)
                    Add(sink, source, issue + i, source.Headlines[i % source.Headlines.Count], sent);
            }
        }
    }

    private static DateTimeOffset Last(DayOfWeek day, DateTimeOffset from)
    {
        while (from.DayOfWeek != day)
            from = from.AddDays(1);
        return from;
    }

    private static void Add(MailboxSink sink, NewsletterSource source, int issue, string headline, DateTimeOffset date)
    {
        var rng = sink.Rng;
        var fr = source.Language == "fr";
        var token = rng.Hex(20).ToLowerInvariant();
        var unsubscribe = $"https://{source.Domain}/{(fr ? "desinscription" : "unsubscribe")}?u={token}";
        var recipient = rng.Chance(0.5) ? DemoTeam.Manager : DemoTeam.Member;
        var number = issue.ToString(CultureInfo.InvariantCulture);

        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(source.Name, source.From));
        message.To.Add(new MailboxAddress(recipient.FullName, recipient.Email));
        message.Subject = fr ? $"{headline} | {source.Name} n° {number}" : $"{source.Name} #{number}: {headline}";
        message.Date = date;
        message.MessageId = sink.UniqueId(() => MessageIds.Automated("mailing." + source.Domain, rng, date));
        message.Headers.Add("List-Unsubscribe", $"<mailto:unsubscribe@{source.Domain}?subject=unsubscribe-{token}>, <{unsubscribe}>");
        message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.Headers.Add("List-Id", $"{source.Name} <news.{source.Domain}>");
        message.Headers.Add("Precedence", "bulk");
        message.Headers.Add("Return-Path", $"<bounce-{token[..12]}@mailing.{source.Domain}>");

        var intro = fr
            ? $"Au sommaire de ce numéro : « {headline} », l'agenda des marchés et notre sélection de lectures."
            : $"In this issue: \"{headline}\", plus the market calendar and our reading list.";
        var footer = fr
            ? $"Vous recevez cet e-mail car vous êtes abonné(e) à {source.Name}. Pour ne plus recevoir nos envois : {unsubscribe}"
            : $"You are receiving this email because you subscribed to {source.Name}. Unsubscribe: {unsubscribe}";
        var text = $"{source.Name} – {headline}\n\n{intro}\n\n{(fr ? "Lire en ligne" : "Read online")} : https://{source.Domain}/n/{number}\n\n--\n{footer}\n";
        var html = $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{source.Name}</title></head><body style=\"margin:0;background:#f4f4f4\">"
            + "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">"
            + $"<table width=\"600\" style=\"background:#ffffff;font-family:Arial,sans-serif\"><tr><td style=\"padding:24px\"><h1 style=\"font-size:22px\">{headline}</h1>"
            + $"<p>{intro}</p><p><a href=\"https://{source.Domain}/n/{number}\">{(fr ? "Lire en ligne" : "Read online")}</a></p></td></tr>"
            + $"<tr><td style=\"padding:12px;font-size:11px;color:#888\">{footer.Replace(unsubscribe, $"<a href=\"{unsubscribe}\">{unsubscribe}</a>", StringComparison.Ordinal)}</td></tr>"
            + $"</table></td></tr></table><img src=\"https://{source.Domain}/o/{token}.gif\" width=\"1\" height=\"1\" alt=\"\"></body></html>\n";

        var plain = new TextPart("plain") { ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        plain.SetText("utf-8", text);
        var rich = new TextPart("html") { ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        rich.SetText("utf-8", html);
        message.Body = new MultipartAlternative { plain, rich };
        ((Multipart)message.Body).Boundary = "=_mailing_" + rng.Hex(24);
        sink.Add(message, "other", source.Language, DemoMailKind.Bulk, outbound: false);
    }
}
