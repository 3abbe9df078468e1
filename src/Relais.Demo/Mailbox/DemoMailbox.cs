using Relais.Demo.Mailbox.Automated;
using Relais.Demo.Mailbox.Bodies;
using Relais.Demo.Roster;

namespace Relais.Demo.Mailbox;

/// <summary>
/// The demo team's mailbox: about 340 French and English messages over the 90 days before
/// <c>now</c>, human conversations in the ten intents plus auto-replies, bounces and newsletters.
/// Deterministic: the same <c>now</c> and seed give byte-identical messages. Public so that tests
/// and benchmarks can use it without a database.
/// </summary>
public static class DemoMailbox
{
    public const int DefaultSeed = 20251103;
    private const int HumanMessages = 280;

    public static IReadOnlyList<DemoEmail> Generate(DateTimeOffset now, int seed = DefaultSeed)
    {
        var sink = new MailboxSink(new Random(seed));
        var runner = new ConversationRunner(sink, now);
        runner.RunChanges();
        runner.RunShowcase();
        while (sink.Emails.Count < HumanMessages)
            runner.RunNext();
        AddAutoReplies(sink, runner);
        AddBounces(sink, runner);
        Newsletters.AddAll(sink, now);
        return [.. sink.Emails.OrderBy(e => e.Message.Date)];
    }

    /// <summary>Outbound mail that reaches someone on leave.</summary>
    private static void AddAutoReplies(MailboxSink sink, ConversationRunner runner)
    {
        BodyTemplates[] outbound = [FollowUps.ByTeam, MeetingRequests.ByTeam, ThankYous.ByTeam, Introductions.ByTeam];
        var known = DemoRoster.Active.Where(c => c.InCrm).ToList();
        for (var i = 0; i < 14; i++)
        {
            var contact = sink.Rng.Pick(known);
            var sent = runner.Run([new Turn(true, outbound[i % outbound.Length], TurnKind.New)], contact);
            AutoReplies.Add(sink, sent, contact);
        }
    }

    /// <summary>Outbound mail to people who left, to mistyped addresses and to a full mailbox.</summary>
    private static void AddBounces(MailboxSink sink, ConversationRunner runner)
    {
        var contacts = DemoRoster.Contacts.ToDictionary(c => c.Email);
        (string Email, string? Typo, BounceReason Reason)[] cases =
        [
            ("xavier.mallet@banque-estuaire.fr", null, Bounces.UnknownUser),
            ("xavier.mallet@banque-estuaire.fr", null, Bounces.UnknownUser),
            ("xavier.mallet@banque-estuaire.fr", null, Bounces.UnknownUser),
            ("emma.clarke@ashgrove-wealth.co.uk", null, Bounces.UnknownUser),
            ("emma.clarke@ashgrove-wealth.co.uk", null, Bounces.UnknownUser),
            ("jb.morel@helios-gestion.fr", "jb.morell@helios-gestion.fr", Bounces.UnknownUser),
            ("s.renaud@ip-vauban.fr", "s.renaud@ip-vaubain.fr", Bounces.UnknownDomain),
            ("b.carpentier@delorme-family.fr", null, Bounces.MailboxFull),
        ];
        BodyTemplates[] outbound = [FollowUps.ByTeam, MeetingRequests.ByTeam, ThankYous.ByTeam];
        for (var i = 0; i < cases.Length; i++)
        {
            var contact = contacts[cases[i].Email];
            var sent = runner.Run([new Turn(true, outbound[i % outbound.Length], TurnKind.New)], contact, cases[i].Typo);
            Bounces.Add(sink, sent, cases[i].Reason, exchange: contact.Language == "fr" && i % 2 == 0);
        }
    }
}
