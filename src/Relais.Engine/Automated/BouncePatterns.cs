using System.Text.RegularExpressions;
using Relais.Engine.Text;

namespace Relais.Engine.Automated;

/// <summary>Delivery-failure wording of the common MTAs (Postfix, Exim, Sendmail, qmail, Exchange, Gmail, ...), English and French.</summary>
internal static partial class BouncePatterns
{
    private const int StrongTag = 1;
    private const int WeakTag = 2;

    /// <summary>MTA boilerplate that no person writes: enough on its own.</summary>
    private static readonly PhraseSet.Family Strong = new(
        StrongTag,
        [
            "this is the mail system at host", "i'm sorry to have to inform you that your message could not",
            "this message was created automatically by mail delivery software", "a message that you sent could not be delivered",
            "message that you sent has not yet been delivered", "the original message was received at",
            "following addresses had permanent fatal errors", "following addresses had transient non-fatal errors",
            "delivery to the following recipient", "delivery has failed to these recipients",
            "your message did not reach some or all of the intended recipients", "your message couldn't be delivered",
            "your message could not be delivered", "your message wasn't delivered", "your message was not delivered",
            "this is the qmail-send program", "i'm afraid i wasn't able to deliver your message",
            "sorry, we were unable to deliver your message", "unable to deliver your message to the following",
            "could not deliver the mail to", "could not deliver mail to", "could not deliver the message to", "could not deliver message to",
            "message could not be delivered to the following", "message could not be delivered to one or more",
            "has been returned to you", "has been returned to the sender", "diagnostic-code:", "final-recipient:",
            "original-recipient:", "reporting-mta:", "remote-mta:", "action: failed", "action: delayed",
            "n'a pas pu être remis", "n'a pas pu être distribué", "n'a pas pu être délivré", "votre message n'a pas pu être",
            "échec de la remise", "échec de remise", "la remise a échoué", "la remise du message a échoué",
            "impossible de remettre le message", "mail delivery failed", "mail delivery subsystem", "returning message to sender",
            "undelivered mail returned to sender", "was undeliverable", "below this line is a copy of the message",
            "this is a copy of the message", "-----transcript of session follows", "----- transcript of session follows",
            "-----returned message", "----- returned message", "unable to deliver message to", "delivery failed for recipient",
            "delivery failed to recipient", "delivery failure for recipient", "delivery failed for the following recipient",
            "delivery failure for the following recipient", "could not be delivered to:", "original mail as follows",
            "original message follows", "returned message follows",
        ],
        ("notificationType", NotificationType()),
        ("delivery", MessageDeliveryFailed()),
        ("mail", YourMailNotDelivered()),
        ("sent", MessageRejected()),
        ("permanent", PermanentError()),
        ("Status", DsnStatus()));

    /// <summary>Failure wording a person might quote: needs another sign (null sender, mail system, Auto-Submitted).</summary>
    private static readonly PhraseSet.Family Weak = new(
        WeakTag,
        [
            "user unknown", "unknown user", "no such user", "mailbox unavailable", "mailbox full", "mailbox is full",
            "mailbox not found", "mailbox does not exist", "recipient rejected", "address rejected", "quota exceeded",
            "over quota", "host not found", "host or domain name not found", "domain not found", "does not exist",
            "permanent error", "permanent failure", "permanently failed", "delivery failed", "delivery failure",
            "could not be delivered", "not delivered", "undeliverable", "rejected", "bounced", "mail system", "mail server",
            "message returned", "message was returned", "adresse introuvable", "adresse inconnue", "destinataire introuvable",
            "destinataire inconnu", "boîte aux lettres pleine", "boîte pleine", "not a member of", "not member of",
            "duplicated message-id", "invalid user address", "invalid recipient address", "invalid mailbox address",
            "requested action not taken", "blocked by our", "blocked by the",
        ],
        ("550", SmtpCode()),
        ("551", SmtpCode()),
        ("552", SmtpCode()),
        ("553", SmtpCode()),
        ("554", SmtpCode()),
        ("5", SmtpCode()));

    public static bool StrongSubject(string? subject) => subject is not null && StrongSubjectPattern().IsMatch(subject);

    public static bool WeakSubject(string? subject) => subject is not null && WeakSubjectPattern().IsMatch(subject);

    // Both families in one pass over the text.
    private static readonly PhraseSet Wording = new([Strong, Weak]);

    /// <summary>Whether the text holds MTA boilerplate (strong) and failure wording a person might also write (weak).</summary>
    public static (bool Strong, bool Weak) Body(ReadOnlySpan<char> text)
    {
        var tags = Wording.Tags(text);
        return ((tags & StrongTag) != 0, (tags & WeakTag) != 0);
    }

    [GeneratedRegex(@"undeliverable|undelivered mail|undelivered message|delivery status notification|returned mail|mail delivery failed|mail delivery failure|message delivery failure|delivery failure|delivery has failed|failure notice|returned to sender|message not delivered|could not be delivered|non[- ]delivery|nondeliverable|non remis|non distribuable|échec de (?:la )?(?:remise|distribution)|remise impossible|unzustellbar|nicht zustellbar|no se puede entregar|non recapitabile|onbestelbaar|postmaster notify|mail system error|delivery notification: delivery has failed|mail failure|warning: could not send|delayed mail|delivery delayed|delivery status: (?:failed|delayed)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StrongSubjectPattern();

    [GeneratedRegex(@"^\W*(?:delivery (?:status|report|notification)|notice: mail delivery status|mail delivery|returned mail|failure)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeakSubjectPattern();

    [GeneratedRegex(@"notificationType\W+(?:Bounce|Complaint|Delivery)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotificationType();

    [GeneratedRegex(@"Message delivery to .{1,120} failed", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MessageDeliveryFailed();

    [GeneratedRegex(@"Your mail (?:message )?(?:to|for) .{1,120} (?:could not|cannot) be delivered", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YourMailNotDelivered();

    [GeneratedRegex(@"The message you sent to .{1,120} (?:was|has been) (?:rejected|returned)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MessageRejected();

    [GeneratedRegex(@"permanent error\b.{0,40}\b(?:recipient|delivery)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PermanentError();

    [GeneratedRegex(@"^\s*Status: [45]\.\d{1,3}\.\d{1,3}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DsnStatus();

    [GeneratedRegex(@"\b5\d\d[ -]5\.\d\.\d|\b55[0-4]\b", RegexOptions.CultureInvariant)]
    private static partial Regex SmtpCode();
}
