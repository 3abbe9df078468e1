using System.Text.RegularExpressions;

namespace Relais.Engine.Text;

/// <summary>
/// A quoted header block as Outlook (desktop, web, iOS), Apple Mail and Lotus Notes write it above the quoted or
/// forwarded message: "From:/Sent:/To:/Subject:" and its French, German, Spanish, Italian and Dutch forms.
/// </summary>
internal static partial class HeaderBlock
{
    private const int Window = 10;

    [Flags]
    private enum Keys
    {
        None = 0,
        From = 1,
        Sent = 2,
        To = 4,
        Cc = 8,
        Subject = 16,
    }

    /// <summary>If a header block starts at <paramref name="start"/>, its Subject value (or "") ; else null.</summary>
    public static string? At(IReadOnlyList<string> lines, int start)
    {
        var first = Key(lines[start], out _);
        if (first is not (Keys.From or Keys.To))
        {
            return null;
        }

        var seen = Keys.None;
        string? subject = null;
        var end = Math.Min(lines.Count, start + Window);
        for (var i = start; i < end; i++)
        {
            var key = Key(lines[i], out var value);
            if (key == Keys.None)
            {
                continue;
            }

            seen |= key;
            if (key == Keys.Subject)
            {
                subject = value;
                break;
            }
        }

        // From + (Sent or To) + Subject, or the Lotus form To + Subject with a Cc (its From is the line above).
        var outlook = first == Keys.From && seen.HasFlag(Keys.Subject) && (seen & (Keys.Sent | Keys.To)) != 0;
        var lotus = first == Keys.To && seen.HasFlag(Keys.Subject) && seen.HasFlag(Keys.Cc);
        var shortForm = first == Keys.From && seen.HasFlag(Keys.Sent) && seen.HasFlag(Keys.To);
        return outlook || lotus || shortForm ? subject ?? "" : null;
    }

    /// <summary>Lines above a Lotus header block that belong to it ("Jean Dupont@ACME" / "10/12/2000 03:14 PM").</summary>
    public static int LotusSenderLines(IReadOnlyList<string> lines, int toLine)
    {
        var start = toLine;
        for (var i = toLine - 1; i >= 0 && i >= toLine - 3; i--)
        {
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line) || line.Length > 120 || QuoteMarkers.IsQuoted(line) || !(line.Contains('@') || LotusDate().IsMatch(line)))
            {
                break;
            }

            start = i;
        }

        return start;
    }

    private static Keys Key(string line, out string value)
    {
        value = "";
        // Header names are short: a colon must come early.
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon < 1 || colon > 24 || line.Length > 2000)
        {
            return Keys.None;
        }

        var match = HeaderLine().Match(line);
        if (!match.Success)
        {
            return Keys.None;
        }

        value = match.Groups["v"].Value.Trim();
        var key = match.Groups["k"].Value.ToLowerInvariant();
        return key switch
        {
            "from" or "de" or "von" or "da" or "van" => Keys.From,
            "sent" or "date" or "envoyé" or "envoye" or "date d'envoi" or "gesendet" or "datum" or "enviado" or "enviado el"
                or "fecha" or "inviato" or "data" or "verzonden" or "verstuurd" or "sent at" => Keys.Sent,
            "to" or "à" or "a" or "an" or "para" or "aan" or "destinataire" or "destinataires" => Keys.To,
            "cc" or "copie" or "copie à" or "kopie" or "bcc" or "cci" => Keys.Cc,
            "subject" or "objet" or "sujet" or "betreff" or "asunto" or "oggetto" or "onderwerp" => Keys.Subject,
            _ => Keys.None,
        };
    }

    [GeneratedRegex(@"^[\s>]*\*?(?<k>From|De|Von|Da|Van|Sent at|Sent|Date d'envoi|Date|Envoyé|Envoye|Gesendet|Datum|Enviado el|Enviado|Fecha|Inviato|Data|Verzonden|Verstuurd|To|À|A|An|Para|Aan|Destinataires?|Cc|Bcc|Cci|Copie à|Copie|Kopie|Subject|Objet|Sujet|Betreff|Asunto|Oggetto|Onderwerp)\*?[ \t\u00A0\u202F]*:\*?(?<v>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeaderLine();

    [GeneratedRegex(@"\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}:\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex LotusDate();
}
