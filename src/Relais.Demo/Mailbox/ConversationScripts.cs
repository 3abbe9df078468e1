using Relais.Demo.Mailbox.Bodies;

namespace Relais.Demo.Mailbox;

/// <summary>A way a conversation goes, and how often it goes that way.</summary>
internal sealed record ConversationScript(int Weight, IReadOnlyList<Turn> Turns, ContactPool Pool = ContactPool.Known);

internal enum ContactPool
{
    Known,

    /// <summary>Mostly senders the CRM does not know yet.</summary>
    New,

    /// <summary>Contacts with a colleague in the CRM (who asks them to forward a request).</summary>
    WithColleague,
}

/// <summary>
/// The conversations of the mailbox. Weights are tuned so that the intents come out in the
/// proportions of a sales team's inbox: many requests and follow-ups, few closings and complaints.
/// </summary>
internal static class ConversationScripts
{
    private static Turn C(BodyTemplates t, TurnKind kind = TurnKind.Reply) => new(false, t, kind);
    private static Turn T(BodyTemplates t, TurnKind kind = TurnKind.Reply) => new(true, t, kind);

    public static readonly IReadOnlyList<ConversationScript> All =
    [
        new(5, [C(MeetingRequests.ByContact, TurnKind.New)]),
        new(4, [C(MeetingRequests.ByContact, TurnKind.New), T(MeetingRequests.CounterProposal)]),
        new(2, [C(MeetingRequests.ByContact, TurnKind.New), T(MeetingRequests.CounterProposal), C(ThankYous.InReply)]),
        new(5, [C(InfoRequests.ByContact, TurnKind.New)]),
        new(6, [C(InfoRequests.ByContact, TurnKind.New), T(InfoRequests.Answer)]),
        new(4, [C(InfoRequests.ByContact, TurnKind.New), T(InfoRequests.Answer), C(ThankYous.InReply)]),
        new(4, [C(InfoRequests.ByContact, TurnKind.New), C(FollowUps.ByContact)]),
        new(2, [C(InfoRequests.ByContact, TurnKind.New), C(FollowUps.ByContact), T(InfoRequests.Answer)]),
        new(2, [C(InfoRequests.ByContact, TurnKind.New)], ContactPool.New),
        new(4, [C(Quotations.ByContact, TurnKind.New)]),
        new(3, [C(Quotations.ByContact, TurnKind.New), T(Quotations.Proposal)]),
        new(4, [C(Quotations.ByContact, TurnKind.New), T(Quotations.Proposal), C(Quotations.Closing)]),
        new(1, [C(Quotations.ByContact, TurnKind.New), T(Quotations.Proposal), T(FollowUps.ByTeam), C(Quotations.Closing)]),
        new(4, [C(Complaints.ByContact, TurnKind.New), T(Complaints.Apology)]),
        new(1, [C(Complaints.ByContact, TurnKind.New), T(Complaints.Apology), C(ThankYous.InReply)]),
        new(2, [C(Complaints.ByContact, TurnKind.New), C(FollowUps.ByContact)]),
        new(2, [C(Introductions.ByContact, TurnKind.New)], ContactPool.New),
        new(2, [C(Introductions.ByContact, TurnKind.New), T(MeetingRequests.ByTeam)], ContactPool.New),
        new(5, [C(Introductions.Forwarding, TurnKind.Forward)]),
        new(4, [C(InfoRequests.Forwarding, TurnKind.Forward), T(InfoRequests.Answer)], ContactPool.WithColleague),
        new(5, [C(Unsubscribes.ByContact, TurnKind.New)]),
        new(2, [C(Unsubscribes.ByContact, TurnKind.New), T(Unsubscribes.Confirmation)]),
        new(5, [C(ThankYous.Standalone, TurnKind.New)]),
        new(3, [C(OtherBodies.ByContact, TurnKind.New)]),
        new(1, [C(Quotations.Closing, TurnKind.New)]),
        new(2, [T(MeetingRequests.ByTeam, TurnKind.New)]),
        new(2, [T(MeetingRequests.ByTeam, TurnKind.New), C(MeetingRequests.CounterProposal)]),
        new(3, [T(FollowUps.ByTeam, TurnKind.New)]),
        new(3, [T(FollowUps.ByTeam, TurnKind.New), C(FollowUps.Delay)]),
        new(2, [T(Introductions.ByTeam, TurnKind.New)]),
        new(2, [T(Introductions.ByTeam, TurnKind.New), C(InfoRequests.ByContact)]),
        new(2, [T(Quotations.Proposal, TurnKind.New), C(Quotations.Closing)]),
        new(1, [T(Quotations.Proposal, TurnKind.New), T(FollowUps.ByTeam), C(FollowUps.Delay)]),
        new(2, [T(ThankYous.ByTeam, TurnKind.New)]),
        new(1, [T(InfoRequests.ByTeam, TurnKind.New), C(InfoRequests.ContactAnswer)]),
        new(3, [T(OtherBodies.ForwardedCommentary, TurnKind.Forward)]),
    ];
}
