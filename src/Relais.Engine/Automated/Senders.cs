using System.Text.RegularExpressions;

namespace Relais.Engine.Automated;

/// <summary>Sender addresses that only machines use.</summary>
internal static partial class Senders
{
    /// <summary>MAILER-DAEMON, postmaster and the "Mail Delivery System" of the common MTAs.</summary>
    public static bool IsMailSystem(Sender? from) =>
        from is not null && (MailSystemLocal().IsMatch(Local(from.Email))
            || (from.Name is { } name && MailSystemName().IsMatch(name)));

    /// <summary>no-reply and similar: nobody reads replies, so it is not a person writing.</summary>
    public static bool IsNoReply(Sender? from) => from is not null && NoReplyLocal().IsMatch(Local(from.Email));

    /// <summary>Mailing-list managers (owner-, -admin, -request, majordomo, listserv, mailman, ...).</summary>
    public static bool IsListServer(Sender? from) => from is not null && ListServerLocal().IsMatch(Local(from.Email));

    private static string Local(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at < 0 ? email : email[..at];
    }

    [GeneratedRegex(@"^(?:mailer[-_.]?daemon|mail[-_.]?daemon|post[-_.]?master|mmdf|smtp[-_.]?gateway|mail[-_.]?delivery(?:[-_.]?(?:system|subsystem))?|bounces?|mdaemon|nobody-bounce)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MailSystemLocal();

    [GeneratedRegex(@"^\W*(?:Mail Delivery (?:System|Subsystem|Service)|Mailer[- ]Daemon|Mail Administrator|Postmaster|Delivery Status Notification|Microsoft Outlook|Système de distribution du courrier|Mail System|NDR Administrator)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MailSystemName();

    [GeneratedRegex(@"^(?:owner-.+|.+-(?:owner|admin|request|bounces?)|majordomo|listserv|mailman|ezmlm|fml|sympa|lyris)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListServerLocal();

    [GeneratedRegex(@"^(?:no[-_.]?reply|noreply[-_.+].*|.*[-_.+]no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|ne[-_.]?pas[-_.]?repondre|nepasrepondre|newsletters?|news|notifications?|notify|mailing|marketing|info[-_.]?mail|bulk|automated|auto[-_.]?reply|autoreply)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoReplyLocal();
}
