using AngleSharp.Dom;

namespace Relais.Engine.Text;

internal enum ElementKind
{
    Inline,
    Skip,
    Block,
    Paragraph,
    ListItem,
    LineBreak,
    Rule,
    Preformatted,
    Quote,
}

/// <summary>How each HTML element shapes the text, including the quote containers of the common mail clients.</summary>
internal static class HtmlElements
{
    /// <summary>What an <c>hr</c> becomes: the separator Outlook puts above a quoted header block.</summary>
    public const string RuleLine = "________________________________";

    public static ElementKind Kind(IElement element)
    {
        var name = element.LocalName;
        var kind = name switch
        {
            "script" or "style" or "head" or "title" or "meta" or "link" or "template" or "noscript"
                or "svg" or "img" or "object" or "iframe" or "button" or "select" or "input" or "textarea" => ElementKind.Skip,
            "br" => ElementKind.LineBreak,
            "hr" => ElementKind.Rule,
            "pre" or "xmp" or "plaintext" => ElementKind.Preformatted,
            "blockquote" => ElementKind.Quote,
            "p" => IsOutlookParagraph(element) ? ElementKind.Block : ElementKind.Paragraph,
            "li" or "dt" or "dd" => ElementKind.ListItem,
            "div" or "section" or "article" or "header" or "footer" or "main" or "aside" or "nav" or "address"
                or "center" or "form" or "fieldset" or "figure" or "figcaption" or "details" or "summary"
                or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "ul" or "ol" or "dl" or "menu"
                or "table" or "thead" or "tbody" or "tfoot" or "tr" or "td" or "th" or "caption" or "body" or "html" => ElementKind.Block,
            _ => ElementKind.Inline,
        };
        if (kind == ElementKind.Skip || kind == ElementKind.LineBreak)
        {
            return kind;
        }

        if (IsHidden(element))
        {
            return ElementKind.Skip;
        }

        return IsQuoteContainer(element) ? ElementKind.Quote : kind;
    }

    // Outlook writes one <p class=MsoNormal> per line, with empty ones for blank lines: no extra spacing.
    private static bool IsOutlookParagraph(IElement element) =>
        element.ClassName is { } css && css.Contains("Mso", StringComparison.Ordinal);

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden"))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        return style is not null
            && (Compact(style).Contains("display:none", StringComparison.OrdinalIgnoreCase)
                || style.Contains("mso-hide:all", StringComparison.OrdinalIgnoreCase));
    }

    // Gmail (gmail_quote), Yahoo (yahoo_quoted), Thunderbird (moz-cite-prefix is the attribution, kept as text).
    private static bool IsQuoteContainer(IElement element)
    {
        var css = element.ClassName;
        return css is not null
            && (css.Contains("gmail_quote", StringComparison.Ordinal)
                || css.Contains("yahoo_quoted", StringComparison.Ordinal)
                || css.Contains("protonmail_quote", StringComparison.Ordinal));
    }

    private static string Compact(string style) => style.Replace(" ", "", StringComparison.Ordinal);
}
