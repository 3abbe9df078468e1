using MimeKit;

namespace Relais.Demo.Mailbox;

/// <summary>
/// One message of the demo mailbox with the labels it was generated from: the intent code of
/// SPEC section 4, the language ("fr" or "en"), what kind of mail it is, and its direction.
/// </summary>
public sealed record DemoEmail(MimeMessage Message, string Intent, string Language, DemoMailKind Kind, bool Outbound);

/// <summary>Human mail, or one of the automated kinds of SPEC section 3.</summary>
public enum DemoMailKind
{
    Human,
    AutoReply,
    Bounce,
    Bulk,
}
