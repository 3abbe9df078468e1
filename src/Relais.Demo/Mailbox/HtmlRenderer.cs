using System.Globalization;
using System.Text;
using Relais.Demo.Roster;

namespace Relais.Demo.Mailbox;

/// <summary>Writes a body as the HTML each client produces: Gmail's divs, Outlook's MsoNormal paragraphs, Apple's blockquotes.</summary>
internal static class HtmlRenderer
{
    public static string Fragment(MailBody b, MailClient client)
    {
        var outlook = client is MailClient.Outlook or MailClient.OutlookLegacy;
        var sb = new StringBuilder(outlook ? "<div class=\"WordSection1\">" : "<div dir=\"ltr\">");
        string Block(string text) => outlook ? $"<p class=\"MsoNormal\">{Lines(text)}<o:p></o:p></p>" : $"<div>{Lines(text)}</div>";
        var gap = outlook ? "<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>" : "<div><br></div>";

        if (b.Greeting is not null)
            sb.Append(Block(b.Greeting)).Append(gap);
        foreach (var p in b.Paragraphs)
            sb.Append(Block(p)).Append(gap);
        if (b.Closing is not null)
            sb.Append(Block(b.Closing));
        if (b.Signature.Count > 0)
            sb.Append(Signature(b.Signature, client));
        if (b.SentFrom is not null)
            sb.Append(gap).Append(Block(b.SentFrom));
        if (!string.IsNullOrEmpty(b.Disclaimer))
            sb.Append(gap).Append(CultureInfo.InvariantCulture, $"<p style=\"font-size:7.5pt;color:gray\">{Lines(b.Disclaimer.TrimEnd())}</p>");
        if (b.Quote is not null)
            sb.Append(Quote(b.Quote));
        return sb.Append("</div>").ToString();
    }

    public static string Document(string fragment, MailClient client) => client switch
    {
        MailClient.Gmail => fragment + "\n",
        MailClient.AppleMail => "<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head><body dir=\"auto\">"
            + fragment + "</body></html>\n",
        _ => "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            + "<style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;} --></style></head>"
            + "<body lang=\"FR\" link=\"#0563C1\" vlink=\"#954F72\">" + fragment + "</body></html>\n",
    };

    /// <summary>Plain text as a fragment, for quoting a message that had no HTML part.</summary>
    public static string FromText(string text) => "<div>" + Lines(text.TrimEnd('\n')) + "</div>";

    private static string Signature(IReadOnlyList<string> lines, MailClient client)
    {
        if (client is MailClient.Outlook or MailClient.OutlookLegacy && lines.Count == 1)
            return $"<p class=\"MsoNormal\">{Escape(lines[0])}<o:p></o:p></p>";
        if (client is MailClient.Outlook or MailClient.OutlookLegacy)
        {
            return $"<p class=\"MsoNormal\"><b><span style=\"color:#1F3864\">{Escape(lines[0])}</span></b><br>"
                + $"<span style=\"font-size:9.0pt;color:#595959\">{string.Join("<br>", lines.Skip(1).Select(Link))}</span></p>";
        }
        return "<div dir=\"ltr\" class=\"gmail_signature\" data-smartmail=\"gmail_signature\">"
            + string.Join("<br>", lines.Select(Link)) + "</div>";
    }

    private static string Quote(QuoteBlock q)
    {
        var header = string.Join("<br>", q.Header.Select(Escape));
        return q.Flavour switch
        {
            QuoteFlavour.Gmail => "<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">" + header + "<br></div>"
                + "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
                + q.Html + "</blockquote></div>",
            QuoteFlavour.Apple or QuoteFlavour.Thunderbird => "<div dir=\"ltr\"><br><blockquote type=\"cite\">" + header
                + "<br><br></blockquote></div><blockquote type=\"cite\">" + q.Html + "</blockquote>",
            QuoteFlavour.Outlook => "<div id=\"divRplyFwdMsg\" style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">"
                + "<p class=\"MsoNormal\">" + string.Join("<br>", q.Header.Where(h => !h.StartsWith("___", StringComparison.Ordinal)).Select(BoldLabel))
                + "</p></div><p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>" + q.Html,
            _ => "<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">" + header + "<br></div><br>" + q.Html + "</div>",
        };
    }

    private static string BoldLabel(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        return colon < 1 || line.StartsWith("-----", StringComparison.Ordinal)
            ? Escape(line)
            : $"<b>{Escape(line[..colon].TrimEnd()).Replace(" ", "&nbsp;", StringComparison.Ordinal)}{(line[colon - 1] == ' ' ? "&nbsp;" : "")}:</b>{Escape(line[(colon + 1)..])}";
    }

    private static string Link(string line) =>
        (line.StartsWith("www.", StringComparison.Ordinal) || line.StartsWith("https://", StringComparison.Ordinal)) && !line.Contains(' ', StringComparison.Ordinal)
            ? $"<a href=\"{(line.StartsWith("www.", StringComparison.Ordinal) ? "https://" + line : line)}\">{Escape(line)}</a>"
            : Escape(line);

    private static string Lines(string text) => string.Join("<br>", text.Split('\n').Select(Escape));

    private static string Escape(string s) => s
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal);
}
