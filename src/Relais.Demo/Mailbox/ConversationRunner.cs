using MimeKit;
using Relais.Demo.Mailbox.Bodies;
using Relais.Demo.Roster;

namespace Relais.Demo.Mailbox;

/// <summary>Plays conversation scripts between contacts and the team over the last 90 days.</summary>
internal sealed class ConversationRunner(MailboxSink sink, DateTimeOffset now)
{
    private readonly HumanMailWriter _writer = new(sink);
    private readonly Queue<ConversationScript> _deck = new();
    private Random Rng => sink.Rng;

    /// <summary>
    /// Plays the next script of a shuffled deck holding each script as many times as its weight:
    /// the intents keep their proportions whatever the seed, only the order changes.
    /// </summary>
    public void RunNext()
    {
        if (_deck.Count == 0)
        {
            var cards = ConversationScripts.All.SelectMany(s => Enumerable.Repeat(s, s.Weight)).ToArray();
            Rng.Shuffle(cards);
            foreach (var card in cards)
                _deck.Enqueue(card);
        }
        var script = _deck.Dequeue();
        var known = DemoRoster.Active.Where(c => c.InCrm).ToList();
        var contact = script.Pool switch
        {
            ContactPool.New when Rng.Chance(0.7) => Rng.Pick(DemoRoster.Active.Where(c => !c.InCrm).ToList()),
            ContactPool.WithColleague => Rng.Pick(known.Where(c => DemoRoster.ColleaguesOf(c).Any(o => o.InCrm)).ToList()),
            _ => Rng.Pick(known),
        };
        Run(script.Turns, contact);
    }

    /// <summary>The contacts whose phone or title changed announce it, so autofill has something to suggest.</summary>
    public void RunChanges()
    {
        foreach (var contact in DemoRoster.Active.Where(c => c.CrmPhone is not null))
            Run([new Turn(false, OtherBodies.PhoneChange, TurnKind.New)], contact);
        foreach (var contact in DemoRoster.Active.Where(c => c.CrmJobTitle is not null))
            Run([new Turn(false, OtherBodies.NewRole, TurnKind.New)], contact);
    }

    /// <summary>
    /// Makes sure every mail client forwards in both languages and that phones reply in both, whatever
    /// the seed: the engine's quote and forward detection needs each style at least once.
    /// </summary>
    public void RunShowcase()
    {
        foreach (var client in Enum.GetValues<MailClient>())
        {
            foreach (var language in (string[])["fr", "en"])
            {
                var contact = DemoRoster.Active.FirstOrDefault(c => c.InCrm && c.Client == client && c.Language == language);
                if (contact is null)
                    continue;
                var forward = DemoRoster.ColleaguesOf(contact).Any(c => c.InCrm) && Rng.Chance(0.5)
                    ? InfoRequests.Forwarding : Introductions.Forwarding;
                Run([new Turn(false, forward, TurnKind.Forward)], contact);
            }
        }
        foreach (var language in (string[])["fr", "en"])
        {
            var contact = Rng.Pick(DemoRoster.Active.Where(c => c.InCrm && c.Language == language).ToList());
            Run([new Turn(true, MeetingRequests.ByTeam, TurnKind.New), new Turn(false, MeetingRequests.CounterProposal, Mobile: true)], contact);
        }
    }

    /// <returns>The first message, for callers that attach automated replies to it.</returns>
    public SentMail Run(IReadOnlyList<Turn> turns, DemoContact contact, string? toAddress = null)
    {
        var member = DemoTeam.OwnerOf(contact);
        var times = Schedule(turns, contact);
        SentMail? prev = null;
        SentMail? first = null;
        string? third = null;
        for (var i = 0; i < turns.Count; i++)
        {
            if (turns[i].Kind == TurnKind.Forward)
                (prev, third) = ForwardedMail(turns[i], contact, member, times[i]);
            prev = _writer.Write(turns[i], contact, member, times[i], prev, third, toAddress: toAddress);
            first ??= prev;
        }
        return first!;
    }

    private List<DateTimeOffset> Schedule(IReadOnlyList<Turn> turns, DemoContact contact)
    {
        DemoZone Zone(Turn t) => t.FromTeam ? DemoZone.Paris : contact.Org.Zone;
        var times = new List<DateTimeOffset> { DemoClock.BusinessTime(Rng, now.AddDays(-Rng.Next(1, 89)), Zone(turns[0])) };
        for (var i = 1; i < turns.Count; i++)
        {
            var previous = times[^1];
            var chase = turns[i].FromTeam == turns[i - 1].FromTeam;
            var sameDay = previous.AddMinutes(Rng.Next(20, 240));
            var next = chase ? DemoClock.BusinessTime(Rng, previous.AddDays(Rng.Next(4, 10)), Zone(turns[i]))
                : Rng.Chance(0.5) && DemoClock.InZone(sameDay, Zone(turns[i])).Hour is >= 8 and < 20 ? sameDay
                : DemoClock.BusinessTime(Rng, previous.AddDays(Rng.Next(1, 3)), Zone(turns[i]));
            times.Add(next <= previous ? previous.AddMinutes(Rng.Next(30, 90)) : next);
        }
        // A thread that would end in the future is moved back whole days, keeping its hours.
        if (times[^1] > now.AddMinutes(-10))
        {
            var days = (int)Math.Ceiling((times[^1] - now).TotalDays) + 1;
            times = [.. times.Select(t => t.AddDays(-days))];
        }
        return times;
    }

    private (SentMail Mail, string Author) ForwardedMail(Turn turn, DemoContact contact, DemoTeamMember member, DateTimeOffset when)
    {
        var before = when.AddDays(-Rng.Next(1, 4));
        if (turn.FromTeam)
        {
            // The fund manager's internal note, forwarded by the sales person.
            var fm = DemoTeam.FundManager;
            var ctx = new MailContext(Rng, contact.Language, contact, fm, true, DemoClock.InZone(before, DemoZone.Paris));
            var text = string.Join("\n\n", OtherBodies.Commentary.Compose(ctx).Paragraphs) + "\n";
            var subject = (ctx.Fr ? "Commentaire de gestion – " : "Manager commentary – ") + ctx.Slot("fund");
            var mail = new SentMail(new MailboxAddress(fm.FullName, fm.Email), [new MailboxAddress(member.FullName, member.Email)], [],
                ctx.Date, subject, sink.UniqueId(() => MessageIds.For(MailClient.Outlook, DemoTeam.Domain, Rng)), [], text,
                HtmlRenderer.FromText(text));
            return (mail, fm.FullName);
        }

        // A colleague's request, or someone the contact knows (often a sender the CRM has never seen) introduced to the team.
        var internalRequest = turn.Templates == InfoRequests.Forwarding;
        var author = internalRequest
            ? Rng.Pick(DemoRoster.ColleaguesOf(contact).Where(c => c.InCrm).ToList())
            : Rng.Pick(DemoRoster.Active.Where(c => c.OrgKey != contact.OrgKey && c.Language == contact.Language
                && (!c.InCrm || Rng.Chance(0.2))).ToList());
        var recipient = new DemoTeamMember(contact.FirstName, contact.LastName, contact.Gender, contact.Email, default, "", contact.JobTitle,
            contact.JobTitle, contact.Phone ?? "", contact.Mobile ?? "");
        var original = _writer.Write(new Turn(false, internalRequest ? InfoRequests.ByContact : Introductions.ByContact, TurnKind.New),
            author, recipient, before, null, record: false);
        return (original, author.FullName);
    }
}
