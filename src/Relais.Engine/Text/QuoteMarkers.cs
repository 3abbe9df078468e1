using System.Text.RegularExpressions;

namespace Relais.Engine.Text;

/// <summary>What starts quoted or forwarded material, in the clients and languages Relais meets.</summary>
internal static partial class QuoteMarkers
{
    /// <summary>Longest span, in lines, of a wrapped attribution ("On ..., X &lt;x@y&gt;\nwrote:").</summary>
    public const int AttributionMaxLines = 3;

    public static bool IsQuoted(string line)
    {
        foreach (var c in line)
        {
            if (c is ' ' or '\t')
            {
                continue;
            }

            return c == '>';
        }

        return false;
    }

    /// <summary>"-----Original Message-----", "-------- Message transféré --------", "Begin forwarded message:", Lotus "Forwarded by".</summary>
    public static SplitKind? Separator(string line)
    {
        if (line.Length > 160 || line.Length < 8 || !(line.Contains("--", StringComparison.Ordinal) || MayEndAttribution(line)))
        {
            return null;
        }

        if (ForwardSeparator().IsMatch(line) || AppleForward().IsMatch(line) || LotusForward().IsMatch(line))
        {
            return SplitKind.Forward;
        }

        return OriginalSeparator().IsMatch(line) ? SplitKind.Quote : null;
    }

    /// <summary>A line of underscores (Outlook) or dashes that may stand above a header block.</summary>
    public static bool IsRule(string line)
    {
        var t = line.AsSpan().Trim();
        return t.Length >= 10 && (!t.ContainsAnyExcept('_') || !t.ContainsAnyExcept('-'));
    }

    /// <summary>An attribution line, or several joined: "On ... wrote:", "Le ... a écrit :", "Am ... schrieb ...:", ...</summary>
    public static bool IsAttribution(string joined) =>
        joined.Length <= 400 && EndsLikeAttribution().IsMatch(joined)
        && (StartsLikeAttribution().IsMatch(joined) || NameOnlyAttribution().IsMatch(joined));

    /// <summary>Ends like an attribution ("... wrote:"), whatever its start: enough when a '&gt;' quote follows.</summary>
    public static bool EndsLikeAttributionText(string joined) => joined.Length <= 400 && EndsLikeAttribution().IsMatch(joined);

    /// <summary>Whether a line may end an attribution (cheap prefilter).</summary>
    public static bool MayEndAttribution(string line)
    {
        var t = line.AsSpan().TrimEnd();
        return t.Length > 0 && t[^1] == ':';
    }

    public static bool IsForwardSubject(string? subject) =>
        subject is not null && ForwardPrefix().IsMatch(subject);

    [GeneratedRegex(@"^[\s>]*-{2,}\s*(?:Forwarded message|Forwarded Message|Message transféré|Message transmis|Message réexpédié|Weitergeleitete Nachricht|Mensaje reenviado|Messaggio inoltrato|Doorgestuurd bericht|Mensagem encaminhada)\s*-{2,}\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForwardSeparator();

    [GeneratedRegex(@"^[\s>]*(?:Begin forwarded message|Début du message réexpédié|Début du message transféré|Anfang der weitergeleiteten Nachricht|Inicio del mensaje reenviado|Comienzo del mensaje reenviado|Inizio messaggio inoltrato|Begin doorgestuurd bericht)\s*:\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AppleForward();

    [GeneratedRegex(@"^\s*-{3,}\s*Forwarded by\b.*-{3,}\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LotusForward();

    [GeneratedRegex(@"^[\s>]*-{2,}\s*(?:Original Message|Message d'origine|Message d’origine|Message original|Ursprüngliche Nachricht|Originalnachricht|Original-Nachricht|Mensaje original|Messaggio originale|Messaggio originario|Oorspronkelijk bericht|Origineel bericht)\s*-{2,}\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OriginalSeparator();

    [GeneratedRegex(@"^\s*(?:On|Le|Am|El|Il giorno|Il|Op)\s.*\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex StartsLikeAttribution();

    // "Jean Dupont <jean@acme.fr> wrote:" without a date: only with an address, as the date is what makes it safe.
    [GeneratedRegex(@"^\s*[^\s:].{0,120}@.{0,120}\s(?:wrote|a écrit|schrieb|escribió|ha scritto|schreef)\s*:\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex NameOnlyAttribution();

    [GeneratedRegex(@"\b(?:wrote|a\s+écrit|schrieb|escribió|escribio|ha\s+scritto|schreef)\b[^:\n]{0,120}:\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndsLikeAttribution();

    [GeneratedRegex(@"^\s*(?:(?:Fwd?|TR|WG|RV|Enc|I|Doorst|FW)\s*:|\[Fwd?:)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForwardPrefix();
}

/// <summary>Why the sender's own text stops.</summary>
internal enum SplitKind
{
    /// <summary>A reply's quotation of earlier mail.</summary>
    Quote,

    /// <summary>A forwarded message.</summary>
    Forward,
}
