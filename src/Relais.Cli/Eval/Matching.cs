using System.Text;
using System.Text.RegularExpressions;

namespace Relais.Cli.Eval;

/// <summary>score.py's value comparison: norm, tokens, digits, url and same(field, pred, gold).</summary>
internal static partial class Matching
{
    public static string Norm(string? s)
    {
        s = (s ?? "").Normalize(NormalizationForm.FormKC);
        s = CaseFold(s);
        s = NotWordChars().Replace(s, " ");
        return Spaces().Replace(s, " ").Trim();
    }

    public static HashSet<string> Tokens(string? s) =>
        [.. Norm(s).Replace('.', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)];

    public static string Digits(string? s)
    {
        var d = NonDigits().Replace(s ?? "", "");
        return d.Length > 9 ? d[^9..] : d;
    }

    public static string Url(string? s)
    {
        s = (s ?? "").Trim().ToLowerInvariant();
        return UrlPrefix().Replace(s, "", 1).TrimEnd('/');
    }

    public static bool Same(string field, string pred, string gold)
    {
        switch (field)
        {
            case "website" or "linkedin":
                return Url(pred).Length > 0 && Url(pred) == Url(gold);
            case "phone" or "mobile" or "fax":
                return Digits(pred).Length >= 7 && Digits(pred) == Digits(gold);
            case "email":
                return Norm(pred) == Norm(gold);
            case "company" or "job_title" or "address":
                var a = Tokens(pred);
                var b = Tokens(gold);
                if (a.Count == 0 || b.Count == 0)
                {
                    return false;
                }

                var union = new HashSet<string>(a);
                union.UnionWith(b);
                a.IntersectWith(b);
                return (double)a.Count / union.Count >= 0.6;
            default:
                var x = Tokens(pred);
                var y = Tokens(gold);
                x.RemoveWhere(t => t.Length <= 1);
                y.RemoveWhere(t => t.Length <= 1);
                return x.Count > 0 && x.SetEquals(y);
        }
    }

    // str.casefold for what mail holds: lower case plus the few full foldings (ß, ﬁ ligatures are NFKC'd already).
    private static string CaseFold(string s) => s.ToLowerInvariant().Replace("ß", "ss", StringComparison.Ordinal);

    [GeneratedRegex(@"[^\w@.+ ]+")]
    private static partial Regex NotWordChars();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\D")]
    private static partial Regex NonDigits();

    [GeneratedRegex(@"^(https?://)?(www\.)?")]
    private static partial Regex UrlPrefix();
}
