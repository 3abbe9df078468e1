using MimeKit;
using Relais.Demo.Roster;

namespace Relais.Demo.Mailbox;

/// <summary>Writes one human message of a conversation between a contact and a team member.</summary>
internal sealed class HumanMailWriter(MailboxSink sink)
{
    private Random Rng => sink.Rng;

    /// <summary>
    /// Writes <paramref name="turn"/> at <paramref name="utc"/>, replying to or forwarding <paramref name="prev"/>.
    /// <paramref name="third"/> names whoever wrote a forwarded mail; <paramref name="record"/> is false for mail
    /// that only exists inside a forward; <paramref name="toAddress"/> replaces the contact's address (a typo).
    /// </summary>
    public SentMail Write(Turn turn, DemoContact contact, DemoTeamMember member, DateTimeOffset utc, SentMail? prev,
        string? third = null, bool record = true, string? toAddress = null)
    {
        var fromTeam = turn.FromTeam;
        var fr = contact.Language == "fr";
        var mobile = turn.Mobile ?? (!fromTeam && turn.Kind != TurnKind.Forward && Rng.Chance(0.08));
        var client = fromTeam ? MailClient.Outlook : mobile ? MailClient.AppleMail : contact.Client;
        var zone = fromTeam ? DemoZone.Paris : contact.Org.Zone;
        var ctx = new MailContext(Rng, contact.Language, contact, member, fromTeam, DemoClock.InZone(utc, zone));
        if (third is not null)
            ctx.Set("third", third);

        var me = fromTeam ? new MailboxAddress(member.FullName, member.Email) : new MailboxAddress(contact.FullName, contact.Email);
        var them = fromTeam ? new MailboxAddress(contact.FullName, toAddress ?? contact.Email) : new MailboxAddress(member.FullName, member.Email);
        var isReply = prev is not null && turn.Kind != TurnKind.Forward;
        var cc = isReply ? prev!.Cc : CopyList(contact, member, fromTeam);

        var templates = turn.Templates;
        var (newSubject, text) = templates.Compose(ctx);
        var paragraphs = new List<string>();
        if (templates.Pleasantries && !isReply && Greetings.LeadIn(ctx) is { } leadIn)
            paragraphs.Add(leadIn);
        paragraphs.AddRange(text);
        if (templates.Pleasantries && Greetings.Close(ctx, templates.AsksForReply) is { } closer)
            paragraphs.Add(closer);

        var (closing, signature) = SignOff(ctx, fromTeam, contact, member, fresh: !isReply, mobile);
        var body = new MailBody
        {
            Greeting = Rng.Chance(isReply ? 0.65 : 0.92) ? Greetings.Open(ctx, cc.Count > 0) : null,
            Paragraphs = paragraphs,
            Closing = closing,
            Signature = signature,
            SentFrom = mobile ? Rng.Pick(fr ? ["Envoyé de mon iPhone", "Envoyé de mon iPhone", "Envoyé de mon iPad"] : ["Sent from my iPhone", "Sent from my iPad"]) : null,
            Disclaimer = fromTeam ? Disclaimers.Team : Disclaimers.For(contact.Org),
            Quote = prev is null ? null
                : turn.Kind == TurnKind.Forward ? Quoting.Forward(client, fr, prev, zone)
                : Quoting.Reply(client, fr, prev, zone),
        };

        var subject = prev is null ? newSubject
            : turn.Kind == TurnKind.Forward ? Subjects.Forward(prev.Subject, client, fr)
            : Subjects.Reply(prev.Subject, client, fr);
        var draft = new Draft
        {
            From = me,
            To = [isReply && prev!.From.Address == me.Address ? prev.To[0] : them],
            Cc = cc,
            Subject = subject,
            Date = ctx.Date,
            Client = client,
            Format = Format(client, mobile),
            Body = body,
            Fr = fr,
            InReplyTo = isReply ? prev : null,
            Attachments = ctx.Attachments,
            Mobile = mobile,
        };
        var domain = fromTeam ? DemoTeam.Domain : contact.Org.Domain;
        var id = sink.UniqueId(() => MessageIds.For(client, domain, Rng, american: contact.Org.Country == "US" && !fromTeam));
        var (message, sent) = MimeAssembler.Build(draft, id, Rng);
        if (record)
            sink.Add(message, templates.Intent, contact.Language, DemoMailKind.Human, fromTeam);
        return sent;
    }

    private List<MailboxAddress> CopyList(DemoContact contact, DemoTeamMember member, bool fromTeam)
    {
        var cc = new List<MailboxAddress>();
        var colleague = DemoRoster.ColleaguesOf(contact).Where(c => c.InCrm).FirstOrDefault();
        if (colleague is not null && Rng.Chance(0.15))
            cc.Add(new MailboxAddress(colleague.FullName, colleague.Email));
        if (Rng.Chance(fromTeam ? 0.1 : 0.05))
        {
            var other = member == DemoTeam.Manager ? DemoTeam.Member : DemoTeam.Manager;
            cc.Add(new MailboxAddress(other.FullName, other.Email));
        }
        return cc;
    }

    private (string? Closing, IReadOnlyList<string> Signature) SignOff(
        MailContext ctx, bool fromTeam, DemoContact contact, DemoTeamMember member, bool fresh, bool mobile)
    {
        var closing = Signatures.Closing(ctx);
        if (fromTeam)
            return Rng.Chance(0.85) ? (closing, Signatures.Team(member, ctx.Fr)) : (closing, [member.FirstName]);
        if (mobile || contact.Layout == SignatureLayout.FirstNameOnly)
            return Rng.Chance(0.8) ? (closing.TrimEnd(','), [contact.FirstName]) : (null, []);
        var outlook = contact.Client is MailClient.Outlook or MailClient.OutlookLegacy;
        if (Rng.Chance(fresh ? 0.9 : outlook ? 0.75 : 0.5))
            return (closing, Signatures.Full(contact));
        return Rng.Chance(0.7) ? (closing, [contact.FirstName]) : (null, []);
    }

    private BodyFormat Format(MailClient client, bool mobile) => client switch
    {
        MailClient.Gmail => Rng.Chance(0.9) ? BodyFormat.Alternative : BodyFormat.Plain,
        MailClient.Outlook => Rng.Next(10) switch { < 6 => BodyFormat.Alternative, < 8 => BodyFormat.HtmlOnly, _ => BodyFormat.Plain },
        MailClient.OutlookLegacy => Rng.Chance(0.5) ? BodyFormat.Plain : BodyFormat.Alternative,
        MailClient.AppleMail => Rng.Chance(mobile ? 0.6 : 0.5) ? BodyFormat.Plain : BodyFormat.Alternative,
        _ => BodyFormat.Plain,
    };
}
