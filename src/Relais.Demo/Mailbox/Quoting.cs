using System.Globalization;
using MimeKit;
using Relais.Demo.Roster;

namespace Relais.Demo.Mailbox;

/// <summary>The attribution lines and header blocks each mail client writes above quoted or forwarded mail.</summary>
internal static class Quoting
{
    public static QuoteBlock Reply(MailClient client, bool fr, SentMail prev, DemoZone zone)
    {
        var d = DemoClock.InZone(prev.Date, zone);
        var who = $"{prev.From.Name} <{prev.From.Address}>";
        return client switch
        {
            MailClient.Gmail => Prefixed(fr ? $"Le {DemoDates.GmailFr(d)}, {who} a écrit :" : $"On {DemoDates.GmailEn(d)} {who} wrote:",
                prev, QuoteFlavour.Gmail),
            MailClient.AppleMail => Prefixed(fr ? $"Le {DemoDates.AppleFr(d)}, {who} a écrit :" : $"On {DemoDates.AppleEn(d)}, {who} wrote:",
                prev, QuoteFlavour.Apple),
            MailClient.Thunderbird => Prefixed(fr ? $"Le {DemoDates.NumericFr(d)}, {prev.From.Name} a écrit :"
                : $"On {d.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)}, {prev.From.Name} wrote:", prev, QuoteFlavour.Thunderbird),
            MailClient.OutlookLegacy => new(
                [
                    fr ? "-----Message d'origine-----" : "-----Original Message-----",
                    $"{(fr ? "De :" : "From:")} {prev.From.Name} [mailto:{prev.From.Address}]",
                    $"{(fr ? "Envoyé :" : "Sent:")} {(fr ? DemoDates.OutlookFr(d) : DemoDates.OutlookLegacyEn(d))}",
                    .. Recipients(fr, prev),
                    $"{(fr ? "Objet :" : "Subject:")} {prev.Subject}",
                ], false, prev.Text, prev.HtmlFragment, QuoteFlavour.Outlook),
            _ => new(["________________________________", .. OutlookHeader(fr, prev, d)], false, prev.Text, prev.HtmlFragment, QuoteFlavour.Outlook),
        };
    }

    public static QuoteBlock Forward(MailClient client, bool fr, SentMail prev, DemoZone zone)
    {
        var d = DemoClock.InZone(prev.Date, zone);
        var who = $"{prev.From.Name} <{prev.From.Address}>";
        var to = string.Join(", ", prev.To.Select(Format));
        IReadOnlyList<string> header = client switch
        {
            MailClient.Gmail => fr
                ? ["---------- Message transféré ---------", $"De : {who}", $"Date: {DemoDates.GmailFr(d)}", $"Subject: {prev.Subject}", $"To: {to}"]
                : ["---------- Forwarded message ---------", $"From: {who}", $"Date: {DemoDates.GmailEn(d)}", $"Subject: {prev.Subject}", $"To: {to}"],
            MailClient.AppleMail => fr
                ? ["Début du message réexpédié :", "", $"De: {who}", $"Objet: {prev.Subject}", $"Date: {DemoDates.AppleForwardFr(d)}", $"À: {to}"]
                : ["Begin forwarded message:", "", $"From: {who}", $"Subject: {prev.Subject}",
                    $"Date: {d.ToString("d MMMM yyyy 'at' HH:mm:ss", CultureInfo.InvariantCulture)}", $"To: {to}"],
            MailClient.Thunderbird => fr
                ? ["-------- Message transféré --------", $"Sujet : {prev.Subject}", $"Date : {DemoDates.NumericFr(d)}", $"De : {who}", $"Pour : {to}"]
                : ["-------- Forwarded Message --------", $"Subject: {prev.Subject}", $"Date: {d.ToString("R", CultureInfo.InvariantCulture)}",
                    $"From: {who}", $"To: {to}"],
            _ => ["________________________________", .. OutlookHeader(fr, prev, d)],
        };
        return new(header, false, prev.Text, prev.HtmlFragment, client is MailClient.Outlook or MailClient.OutlookLegacy
            ? QuoteFlavour.Outlook : QuoteFlavour.Forward);
    }

    private static QuoteBlock Prefixed(string attribution, SentMail prev, QuoteFlavour flavour) =>
        new([attribution], true, prev.Text, prev.HtmlFragment, flavour);

    private static IEnumerable<string> OutlookHeader(bool fr, SentMail prev, DateTimeOffset d) =>
    [
        $"{(fr ? "De :" : "From:")} {Format(prev.From)}",
        $"{(fr ? "Envoyé :" : "Sent:")} {(fr ? DemoDates.OutlookFr(d) : DemoDates.OutlookEn(d))}",
        .. Recipients(fr, prev),
        $"{(fr ? "Objet :" : "Subject:")} {prev.Subject}",
    ];

    private static IEnumerable<string> Recipients(bool fr, SentMail prev)
    {
        yield return $"{(fr ? "À :" : "To:")} {string.Join("; ", prev.To.Select(Format))}";
        if (prev.Cc.Count > 0)
            yield return $"{(fr ? "Cc :" : "Cc:")} {string.Join("; ", prev.Cc.Select(Format))}";
    }

    private static string Format(MailboxAddress a) => string.IsNullOrEmpty(a.Name) ? a.Address : $"{a.Name} <{a.Address}>";
}
