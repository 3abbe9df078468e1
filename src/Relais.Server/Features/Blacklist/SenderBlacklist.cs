using System.Text.RegularExpressions;
using Relais.Data.Model;

namespace Relais.Server.Features.Blacklist;

/// <summary>
/// Matches a sender against the team's blacklist: an exact address, a domain (and its
/// subdomains), or a wildcard pattern where <c>*</c> is any run and <c>?</c> one character; every
/// other character is literal (patterns are escaped, never run as regular expressions).
/// </summary>
internal sealed partial class SenderBlacklist
{
    private readonly HashSet<string> _emails = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _domains = [];
    private readonly List<Regex> _wildcards = [];

    public SenderBlacklist(IEnumerable<BlacklistEntry> entries)
    {
        foreach (var entry in entries)
        {
            switch (entry.Type)
            {
                case BlacklistType.Email: _emails.Add(entry.Pattern); break;
                case BlacklistType.Domain: _domains.Add(entry.Pattern.ToLowerInvariant()); break;
                default: _wildcards.Add(ToRegex(entry.Pattern)); break;
            }
        }
    }

    public bool Matches(string? address)
    {
        if (address is null)
        {
            return false;
        }

        if (_emails.Contains(address))
        {
            return true;
        }

        var domain = address[(address.LastIndexOf('@') + 1)..].ToLowerInvariant();
        return _domains.Any(d => domain == d || domain.EndsWith("." + d, StringComparison.Ordinal))
            || _wildcards.Any(w => w.IsMatch(address));
    }

    public static Regex ToRegex(string pattern) =>
        new("^" + Regex.Escape(pattern.ToLowerInvariant()).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal) + "$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, TimeSpan.FromMilliseconds(100));

    /// <summary>Why a pattern is refused (null when it is valid): malformed, or so wide it would match every sender.</summary>
    public static string? Validate(BlacklistType type, string pattern)
    {
        var p = pattern.Trim().ToLowerInvariant();
        switch (type)
        {
            case BlacklistType.Email:
                return MailboxShape().IsMatch(p) ? null : "Not an email address.";
            case BlacklistType.Domain:
                return DomainShape().IsMatch(p) ? null : "Not a domain (example: acme.fr).";
            default:
                var at = p.IndexOf('@', StringComparison.Ordinal);
                if (at < 0 || p.IndexOf('@', at + 1) >= 0)
                {
                    return "A wildcard pattern has one '@' (example: *@*.acme.fr).";
                }

                // The domain part must name something: at least one label of two literal characters.
                var literal = p[(at + 1)..].Split('.').Any(label => label.Length >= 2 && label.All(char.IsLetterOrDigit));
                return literal ? null : "The pattern would match almost every sender: name a domain (example: *@*.acme.fr).";
        }
    }

    [GeneratedRegex(@"^[^@\s]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")]
    private static partial Regex MailboxShape();

    [GeneratedRegex(@"^[a-z0-9-]+(\.[a-z0-9-]+)+$")]
    private static partial Regex DomainShape();
}
