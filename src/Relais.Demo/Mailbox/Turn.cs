using Relais.Demo.Mailbox.Bodies;

namespace Relais.Demo.Mailbox;

/// <summary>
/// One message of a conversation script: who writes, what, how it relates to the previous one, and
/// whether it is written on a phone (null lets the writer decide, now and then).
/// </summary>
internal sealed record Turn(bool FromTeam, BodyTemplates Templates, TurnKind Kind = TurnKind.Reply, bool? Mobile = null);

internal enum TurnKind
{
    /// <summary>A new thread (or, after the first turn, a new message quoting the previous one: a chase).</summary>
    New,
    Reply,

    /// <summary>Forwards someone else's mail, with this turn's text above it.</summary>
    Forward,
}
