using MimeKit;

namespace Relais.Engine.Mime;

/// <summary>Messages forwarded as attachments (message/rfc822), read as text and kept apart from the sender's own text.</summary>
internal static class AttachedMessages
{
    private const int MaxMessages = 4;

    public static IReadOnlyList<string> Append(IReadOnlyList<string> forwarded, MimeMessage message)
    {
        if (message.Body is not Multipart multipart)
        {
            return forwarded;
        }

        List<string>? all = null;
        foreach (var part in multipart)
        {
            if (part is MessagePart { Message: { } attached } && !IsReport(multipart))
            {
                all ??= [.. forwarded];
                var body = BodyText.Of(attached);
                all.Add(body.IsHtml ? Text.HtmlToText.Convert(body.Text) : body.Text);
                if (all.Count >= MaxMessages)
                {
                    break;
                }
            }
        }

        return all ?? forwarded;
    }

    // The original message returned inside a bounce is not a forward.
    private static bool IsReport(Multipart multipart) =>
        multipart.ContentType.IsMimeType("multipart", "report");
}
