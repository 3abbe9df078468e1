using System.Text.RegularExpressions;
using Relais.Demo.Roster;

namespace Relais.Demo.Mailbox;

/// <summary>Reply and forward prefixes as each client writes them ("RE : " in French Outlook, "TR : " for its forwards).</summary>
internal static partial class Subjects
{
    public static string Reply(string subject, MailClient client, bool fr)
    {
        if (ReplyPrefix().IsMatch(subject))
            return subject;
        var prefix = client is MailClient.Outlook or MailClient.OutlookLegacy ? (fr ? "RE : " : "RE: ") : "Re: ";
        return prefix + subject;
    }

    public static string Forward(string subject, MailClient client, bool fr) =>
        (client is MailClient.Outlook or MailClient.OutlookLegacy ? (fr ? "TR : " : "FW: ") : "Fwd: ") + subject;

    [GeneratedRegex(@"^\s*(re|aw)\s?:", RegexOptions.IgnoreCase)]
    private static partial Regex ReplyPrefix();
}
