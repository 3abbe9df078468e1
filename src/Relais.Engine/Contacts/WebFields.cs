using Relais.Engine.Signatures;

namespace Relais.Engine.Contacts;

/// <summary>Email addresses, web sites and LinkedIn profiles written in a signature, normalised.</summary>
internal static class WebFields
{
    private static readonly string[] AdHosts = ["yahoo.", "msn.", "hotmail.", "aol.", "excite.", "juno.", "netzero.", "mail.com"];

    public static List<string> Emails(IEnumerable<SignatureCell> cells)
    {
        var found = new List<string>();
        foreach (var cell in cells.Where(c => c.Has(LineFlags.Email)))
        {
            foreach (var token in cell.Text.Split([' ', '\t', ',', ';', '<', '>', '(', ')', '[', ']', '"'], StringSplitOptions.RemoveEmptyEntries))
            {
                var t = token.Trim('.', ':', '\'');
                var colon = t.LastIndexOf(':');
                if (colon >= 0)
                {
                    t = t[(colon + 1)..];
                }

                var at = t.IndexOf('@', StringComparison.Ordinal);
                if (at > 0 && t.IndexOf('.', at) > at + 1 && !t.EndsWith('@'))
                {
                    var email = t.ToLowerInvariant();
                    if (!found.Contains(email))
                    {
                        found.Add(email);
                    }
                }
            }
        }

        return found;
    }

    /// <summary>(web site, LinkedIn profile) as absolute https URLs; free-mail advertising links are skipped.</summary>
    public static (string? Website, string? Linkedin) Urls(IEnumerable<SignatureCell> cells)
    {
        string? website = null;
        string? linkedin = null;
        foreach (var cell in cells.Where(c => c.Has(LineFlags.Url) && !c.Has(LineFlags.Tagline)))
        {
            foreach (var token in cell.Text.Split([' ', '\t', ',', ';', '<', '>', '(', ')', '[', ']', '"', '|'], StringSplitOptions.RemoveEmptyEntries))
            {
                var url = Absolute(token.Trim('.', ':'));
                if (url is null)
                {
                    continue;
                }

                if (url.Contains("linkedin.com", StringComparison.OrdinalIgnoreCase))
                {
                    // A person's profile; a company page ("Suivez-nous sur LinkedIn") is neither their profile nor a web site.
                    if (url.Contains("linkedin.com/in/", StringComparison.OrdinalIgnoreCase) || url.Contains("linkedin.com/pub/", StringComparison.OrdinalIgnoreCase))
                    {
                        linkedin ??= url;
                    }
                }
                else if (!Array.Exists(AdHosts, h => url.Contains(h, StringComparison.OrdinalIgnoreCase)))
                {
                    website ??= url;
                }
            }
        }

        return (website, linkedin);
    }

    private static string? Absolute(string token)
    {
        if (token.Contains('@', StringComparison.Ordinal))
        {
            return null;
        }

        var t = token;
        if (t.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            t = t[7..];
        }
        else if (t.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            t = t[8..];
        }
        else if (!t.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && !LooksLikeHost(t))
        {
            return null;
        }

        var slash = t.IndexOf('/', StringComparison.Ordinal);
        var host = (slash < 0 ? t : t[..slash]).ToLowerInvariant();
        if (host.Length < 4 || !host.Contains('.', StringComparison.Ordinal) || host.StartsWith('.') || host.EndsWith('.'))
        {
            return null;
        }

        if (host == "linkedin.com")
        {
            host = "www.linkedin.com";
        }

        var path = slash < 0 ? "" : t[slash..].TrimEnd('/');
        return "https://" + host + path;
    }

    private static bool LooksLikeHost(string t)
    {
        var slash = t.IndexOf('/', StringComparison.Ordinal);
        var host = slash < 0 ? t : t[..slash];
        var dot = host.LastIndexOf('.');
        if (dot <= 0)
        {
            return false;
        }

        var tld = host[(dot + 1)..];
        return tld.Length is >= 2 and <= 6 && tld.All(char.IsAsciiLetter) && host[..dot].All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.');
    }
}
