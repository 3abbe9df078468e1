namespace Relais.Engine.Signatures;

/// <summary>Shapes of single tokens and lines: URLs, capitalisation, mail-client taglines.</summary>
internal static class TokenShapes
{
    public static bool IsUrl(ReadOnlySpan<char> t) =>
        t.StartsWith("http", StringComparison.OrdinalIgnoreCase) && t.Contains("://", StringComparison.Ordinal)
        || t.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
        || (t.Length > 4 && t.Contains('.') && HasWebSuffix(t));

    public static bool HasWebSuffix(ReadOnlySpan<char> t)
    {
        var dot = t.LastIndexOf('.');
        var tld = t[(dot + 1)..];
        var slash = tld.IndexOf('/');
        if (slash >= 0)
        {
            tld = tld[..slash];
        }

        return dot > 0 && (tld.Equals("com", StringComparison.OrdinalIgnoreCase) || tld.Equals("fr", StringComparison.OrdinalIgnoreCase)
            || tld.Equals("net", StringComparison.OrdinalIgnoreCase) || tld.Equals("org", StringComparison.OrdinalIgnoreCase)
            || tld.Equals("io", StringComparison.OrdinalIgnoreCase) || tld.Equals("eu", StringComparison.OrdinalIgnoreCase)
            || tld.Equals("uk", StringComparison.OrdinalIgnoreCase) || tld.Equals("biz", StringComparison.OrdinalIgnoreCase));
    }

    public static bool IsTagline(ReadOnlySpan<char> line) =>
        line.StartsWith("sent from", StringComparison.OrdinalIgnoreCase) || line.StartsWith("envoy", StringComparison.OrdinalIgnoreCase)
        || line.StartsWith("get ", StringComparison.OrdinalIgnoreCase) || line.StartsWith("do you", StringComparison.OrdinalIgnoreCase)
        || line.StartsWith("obtenez", StringComparison.OrdinalIgnoreCase) || line.Contains("free", StringComparison.OrdinalIgnoreCase)
        || line.Contains("gratuit", StringComparison.OrdinalIgnoreCase);

    public static bool HasLetter(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsAllCaps(ReadOnlySpan<char> s)
    {
        var letters = 0;
        foreach (var c in s)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters >= 2;
    }

    public static bool IsAllLower(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
