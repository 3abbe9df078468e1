using MimeKit;
using Relais.Demo.Roster;

namespace Relais.Demo.Mailbox.Automated;

/// <summary>Out-of-office replies (RFC 3834) that contacts' mail servers send back to the team's outbound mail.</summary>
internal static class AutoReplies
{
    private static readonly string[] ReasonsFr = ["absent{e} du bureau", "en congés", "en déplacement", "en formation"];
    private static readonly string[] ReasonsEn = ["out of the office", "on annual leave", "travelling", "away on business"];

    public static void Add(MailboxSink sink, SentMail original, DemoContact contact)
    {
        var rng = sink.Rng;
        var fr = contact.Language == "fr";
        var date = DemoClock.InZone(original.Date.AddSeconds(rng.Next(20, 240)), contact.Org.Zone);
        var backDay = date.AddDays(rng.Next(3, 13));
        var back = DemoDates.InText(backDay, contact.Language);
        var colleague = DemoRoster.ColleaguesOf(contact).FirstOrDefault(c => c.InCrm);
        var e = contact.Gender == 'F' ? "e" : "";
        var outlook = contact.Client is MailClient.Outlook or MailClient.OutlookLegacy;

        var text = fr ? French(rng, contact, back, colleague, e) : English(rng, contact, back, colleague);
        if (fr && rng.Chance(0.35))
            text += "\n*** English version ***\n\n" + English(rng, contact, DemoDates.InText(backDay, "en"), colleague);

        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(contact.FullName, contact.Email));
        message.To.Add(original.From);
        message.Subject = outlook
            ? (fr ? "Réponse automatique : " : "Automatic reply: ") + original.Subject
            : rng.Pick(fr ? ["Absence", "Absent" + e + " : " + original.Subject] : ["Out of Office", "Out of Office: " + original.Subject]);
        message.Date = date;
        message.MessageId = sink.UniqueId(() => MessageIds.For(contact.Client, contact.Org.Domain, rng, contact.Org.Country == "US"));
        message.InReplyTo = original.MessageId;
        message.References.Add(original.MessageId);
        message.Headers.Add("Auto-Submitted", "auto-replied");
        if (outlook)
            message.Headers.Add("X-Auto-Response-Suppress", "All");
        else
            message.Headers.Add("X-Autoreply", "yes");
        var part = new TextPart("plain") { ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        part.SetText("utf-8", text);
        message.Body = part;
        sink.Add(message, "other", contact.Language, DemoMailKind.AutoReply, outbound: false);
    }

    private static string French(Random rng, DemoContact c, string back, DemoContact? colleague, string e)
    {
        var reason = rng.Pick(ReasonsFr).Replace("{e}", e, StringComparison.Ordinal);
        var urgent = colleague is null
            ? $"Pour toute urgence, vous pouvez joindre le standard au {PhoneFormats.Format(c.Org.Phone, 0)}."
            : $"Pour toute urgence, merci de contacter {colleague.FullName} ({colleague.Email}).";
        return rng.Chance(0.5)
            ? $"Bonjour,\n\nJe suis {reason} jusqu'au {back} inclus, avec un accès limité à ma messagerie.\n{urgent}\n\nCordialement,\n{c.FullName}\n"
            : $"Bonjour,\n\nMerci pour votre message. Je suis actuellement {reason} et serai de retour le {back}. Votre e-mail ne sera pas transféré.\n\n{urgent}\n\nBien à vous,\n{c.FirstName}\n";
    }

    private static string English(Random rng, DemoContact c, string back, DemoContact? colleague)
    {
        var reason = rng.Pick(ReasonsEn);
        var urgent = colleague is null
            ? $"For anything urgent, please call our switchboard on {PhoneFormats.Format(c.Org.Phone, 0)}."
            : $"For anything urgent, please contact {colleague.FullName} at {colleague.Email}.";
        return rng.Chance(0.5)
            ? $"Thank you for your email. I am {reason} until {back} with limited access to email.\n\n{urgent}\n\nKind regards,\n{c.FullName}\n"
            : $"Hello,\n\nI'm currently {reason}, returning on {back}. Your message will not be forwarded.\n{urgent}\n\nBest,\n{c.FirstName}\n";
    }
}
