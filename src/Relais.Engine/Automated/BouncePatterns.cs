using System.Text.RegularExpressions;

namespace Relais.Engine.Automated;

/// <summary>Delivery-failure wording of the common MTAs (Postfix, Exim, Sendmail, qmail, Exchange, Gmail, ...), English and French.</summary>
internal static partial class BouncePatterns
{
    public static bool StrongSubject(string? subject) => subject is not null && StrongSubjectPattern().IsMatch(subject);

    public static bool WeakSubject(string? subject) => subject is not null && WeakSubjectPattern().IsMatch(subject);

    /// <summary>MTA boilerplate that no person writes: enough on its own.</summary>
    public static bool StrongBody(string line) => StrongBodyPattern().IsMatch(line);

    /// <summary>Failure wording a person might quote: needs another sign (null sender, mail system, Auto-Submitted).</summary>
    public static bool WeakBody(string line) => WeakBodyPattern().IsMatch(line);

    [GeneratedRegex(@"undeliverable|undelivered mail|undelivered message|delivery status notification|returned mail|mail delivery failed|mail delivery failure|message delivery failure|delivery failure|delivery has failed|failure notice|returned to sender|message not delivered|could not be delivered|non[- ]delivery|nondeliverable|non remis|non distribuable|échec de (?:la )?(?:remise|distribution)|remise impossible|unzustellbar|nicht zustellbar|no se puede entregar|non recapitabile|onbestelbaar|postmaster notify|mail system error|delivery status notification|delivery notification: delivery has failed|mail failure|warning: could not send|delayed mail|delivery delayed|delivery status: (?:failed|delayed)|delivery status notification: (?:failed|error)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StrongSubjectPattern();

    [GeneratedRegex(@"^\W*(?:delivery (?:status|report|notification)|notice: mail delivery status|mail delivery|returned mail|failure)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeakSubjectPattern();

    [GeneratedRegex(@"This is the mail system at host|I'm sorry to have to inform you that your message could not|This message was created automatically by mail delivery software|A message that you sent could not be delivered|message that you sent has not yet been delivered|The original message was received at|following addresses had (?:permanent fatal|transient non-fatal) errors|Delivery to the following recipients? (?:failed|has been delayed)|Delivery has failed to these recipients|Your message did not reach some or all of the intended recipients|Your message (?:couldn't|could not|wasn't|was not) (?:be )?delivered|This is the qmail-send program|I'm afraid I wasn't able to deliver your message|Sorry, we were unable to deliver your message|unable to deliver your message to the following|could not deliver (?:the )?(?:mail|message) to|message could not be delivered to (?:the following|one or more)|Message delivery to .{1,120} failed|delivery to the following recipients? was unsuccessful|permanent error\b.{0,40}\b(?:recipient|delivery)|has been returned to (?:you|the sender)|Diagnostic-Code:|Final-Recipient:|Original-Recipient:|Reporting-MTA:|Remote-MTA:|Action: (?:failed|delayed)|^\s*Status: [45]\.\d{1,3}\.\d{1,3}|Le message n'a pas pu être (?:remis|distribué)|n'a pas pu être (?:remis|distribué|délivré)|Votre message n'a pas pu être|Échec de (?:la )?remise|La remise (?:du message )?a échoué|Impossible de remettre le message|mail delivery (?:failed|subsystem)|returning message to sender|Undelivered Mail Returned to Sender|The following message to <[^>]+> was undeliverable|message was undeliverable|Your mail (?:message )?(?:to|for) .{1,120} (?:could not|cannot) be delivered|The message you sent to .{1,120} (?:was|has been) (?:rejected|returned)|--- Below this line is a copy of the message|------ This is a copy of the message|-----\s*(?:Transcript of session follows|Returned message)|Unable to deliver message to|delivery (?:failed|failure) (?:for|to) (?:the following )?recipient|notificationType\W+(?:Bounce|Complaint|Delivery)\b|^\s*Could not be delivered to:|Original (?:mail|message) (?:as follows|follows)|returned message follows", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StrongBodyPattern();

    [GeneratedRegex(@"user unknown|unknown user|no such user|mailbox (?:unavailable|full|is full|not found|does not exist)|recipient (?:address )?rejected|address rejected|quota exceeded|over quota|host (?:or domain name )?not found|domain not found|does not exist|\b5\d\d[ -]5\.\d\.\d|\b55[0-4]\b|permanent(?:ly)? (?:error|failure|failed)|delivery (?:failed|failure)|could not be delivered|was not delivered|not delivered|undeliverable|rejected|bounced|mail (?:system|server)|message (?:was )?returned|adresse (?:introuvable|inconnue)|destinataire (?:introuvable|inconnu)|boîte (?:aux lettres )?pleine|not (?:a )?member of|duplicated message-id|has not been delivered|invalid (?:user|recipient|mailbox) address|requested action not taken|blocked by (?:our|the) (?:bulk email|spam|content) (?:filter|firewall)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeakBodyPattern();
}
