using System.Text;

namespace Relais.Demo.Mailbox;

/// <summary>The parts of a human message, rendered to text/plain here and to HTML by HtmlRenderer.</summary>
internal sealed record MailBody
{
    public string? Greeting { get; init; }
    public required IReadOnlyList<string> Paragraphs { get; init; }

    /// <summary>"Cordialement,": the first line of the signature block.</summary>
    public string? Closing { get; init; }
    public IReadOnlyList<string> Signature { get; init; } = [];

    /// <summary>"Envoyé de mon iPhone".</summary>
    public string? SentFrom { get; init; }
    public string? Disclaimer { get; init; }
    public QuoteBlock? Quote { get; init; }

    public string ToText()
    {
        var sb = new StringBuilder();
        if (Greeting is not null)
            sb.Append(Greeting).Append("\n\n");
        sb.AppendJoin("\n\n", Paragraphs).Append('\n');
        if (Closing is not null || Signature.Count > 0)
        {
            sb.Append('\n');
            if (Closing is not null)
                sb.Append(Closing).Append('\n');
            foreach (var line in Signature)
                sb.Append(line).Append('\n');
        }
        if (SentFrom is not null)
            sb.Append('\n').Append(SentFrom).Append('\n');
        if (!string.IsNullOrEmpty(Disclaimer))
            sb.Append('\n').Append(Disclaimer.TrimEnd()).Append('\n');
        if (Quote is not null)
            sb.Append('\n').Append(Quote.ToText());
        return sb.ToString();
    }
}

/// <summary>
/// Earlier mail carried in this one. <see cref="Prefixed"/>: each line starts with "> " (Gmail,
/// Apple Mail, Thunderbird); otherwise the header block is followed by the text as is (Outlook, forwards).
/// </summary>
internal sealed record QuoteBlock(IReadOnlyList<string> Header, bool Prefixed, string Text, string Html, QuoteFlavour Flavour)
{
    public string ToText()
    {
        var sb = new StringBuilder();
        foreach (var line in Header)
            sb.Append(line).Append('\n');
        sb.Append('\n');
        foreach (var line in Text.TrimEnd('\n').Split('\n'))
        {
            if (Prefixed)
                sb.Append(line.Length == 0 || line[0] == '>' ? ">" : "> ");
            sb.Append(line).Append('\n');
        }
        return sb.ToString();
    }
}

internal enum QuoteFlavour
{
    Gmail,
    Outlook,
    Apple,
    Thunderbird,
    Forward,
}
