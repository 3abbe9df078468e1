using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Relais.Engine.Text;

/// <summary>
/// HTML mail to plain text that keeps the line structure a reader sees: <c>br</c>, blocks and table rows become
/// lines, style and script are dropped, and quoted material (blockquote, client quote containers) becomes
/// <c>&gt; </c> lines so the reply splitter treats it like plain-text quoting.
/// </summary>
internal static class HtmlToText
{
    private const int MaxDepth = 200;

    private static readonly HtmlParserOptions ParserOptions = new()
    {
        IsScripting = false,
        IsNotSupportingFrames = true,
        DisableElementPositionTracking = true,
    };

    // A parser (and its browsing context) is costly to build and not meant to be shared across threads: one per thread.
    [ThreadStatic]
    private static HtmlParser? _parser;

    public static string Convert(string html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }

        _parser ??= new HtmlParser(ParserOptions);
        using var document = _parser.ParseDocument(html);
        var writer = new LineWriter(html.Length / 4);
        Walk(document.Body ?? (INode?)document.DocumentElement, writer, 0);
        return writer.ToString();
    }

    private static void Walk(INode? node, LineWriter writer, int depth)
    {
        if (node is null)
        {
            return;
        }

        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    writer.Inline(text.Data);
                    break;
                case IElement element:
                    Element(element, writer, depth + 1);
                    break;
                default:
                    break;
            }
        }
    }

    private static void Element(IElement element, LineWriter writer, int depth)
    {
        var kind = HtmlElements.Kind(element);
        if (kind == ElementKind.Skip)
        {
            return;
        }

        if (depth > MaxDepth)
        {
            // Pathologically deep markup: keep its text, drop its structure (bounded recursion).
            writer.Inline(element.TextContent);
            return;
        }

        switch (kind)
        {
            case ElementKind.LineBreak:
                writer.Break();
                return;
            case ElementKind.Rule:
                writer.EndLine();
                writer.Literal(HtmlElements.RuleLine);
                writer.EndLine();
                return;
            case ElementKind.Preformatted:
                writer.EndLine();
                writer.Preformatted(element.TextContent);
                writer.EndLine();
                return;
            case ElementKind.Quote:
                writer.EndLine();
                writer.QuoteDepth++;
                Walk(element, writer, depth);
                writer.EndLine();
                writer.QuoteDepth--;
                return;
            case ElementKind.Paragraph:
                writer.EndLine();
                writer.BlankLine();
                Walk(element, writer, depth);
                writer.EndLine();
                writer.BlankLine();
                return;
            case ElementKind.ListItem:
                writer.EndLine();
                writer.Literal("- ");
                Walk(element, writer, depth);
                writer.EndLine();
                return;
            case ElementKind.Block:
                writer.EndLine();
                var before = writer.Length;
                Walk(element, writer, depth);
                writer.EndLine();

                // Outlook marks a blank line with an empty paragraph (<p class=MsoNormal>&nbsp;</p>).
                if (writer.Length == before && element.LocalName == "p")
                {
                    writer.Break();
                }

                return;
            default:
                Walk(element, writer, depth);
                return;
        }
    }
}
