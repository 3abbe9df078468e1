using MimeKit;

namespace Relais.Engine.Mime;

/// <summary>Chooses the part that carries what the sender wrote.</summary>
internal static class BodyPart
{
    private const int MaxDepth = 16;

    /// <summary>text/plain preferred in multipart/alternative, HTML as fallback; attachments and attached messages skipped.</summary>
    public static TextPart? Choose(MimeEntity? entity) => Choose(entity, 0) ?? FirstText(entity);

    private static TextPart? Choose(MimeEntity? entity, int depth)
    {
        if (entity is null || depth > MaxDepth)
        {
            return null;
        }

        switch (entity)
        {
            case MultipartAlternative alternative:
                TextPart? html = null;
                foreach (var child in alternative)
                {
                    if (child is TextPart { IsAttachment: false } text)
                    {
                        if (text.IsPlain)
                        {
                            return text;
                        }

                        html ??= text.IsHtml ? text : null;
                    }
                }

                if (html is not null)
                {
                    return html;
                }

                foreach (var child in alternative)
                {
                    if (child is Multipart && Choose(child, depth + 1) is { } nested)
                    {
                        return nested;
                    }
                }

                return null;
            case Multipart multipart:
                foreach (var child in multipart)
                {
                    if (child is not MessagePart && Choose(child, depth + 1) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case TextPart { IsAttachment: false } text when text.IsPlain || text.IsHtml:
                return text;
            default:
                return null;
        }
    }

    // A single-part body marked as attachment (some mailers do) is still the body; attachments in a multipart are not.
    private static TextPart? FirstText(MimeEntity? entity) =>
        entity is TextPart text && (text.IsPlain || text.IsHtml) ? text : null;
}
