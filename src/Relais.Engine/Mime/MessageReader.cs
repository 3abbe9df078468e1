using MimeKit;

namespace Relais.Engine.Mime;

internal static class MessageReader
{
    public static ReadMessage Read(Stream stream)
    {
        try
        {
            return Read(MimeMessage.Load(stream));
        }
        catch (FormatException ex)
        {
            return new ReadMessage { Body = "", Error = "unreadable MIME: " + ex.Message };
        }
    }

    public static ReadMessage Read(MimeMessage message)
    {
        var mailbox = message.From.Mailboxes.FirstOrDefault();
        var from = mailbox is null
            ? null
            : new Sender(mailbox.Address.ToLowerInvariant(), string.IsNullOrWhiteSpace(mailbox.Name) ? null : mailbox.Name);
        var body = message.TextBody ?? message.HtmlBody ?? "";
        return new ReadMessage
        {
            Body = body,
            Subject = message.Subject,
            From = from,
            MessageId = message.MessageId is null ? null : "<" + message.MessageId + ">",
            Message = message,
        };
    }

    public static ReadMessage FromText(string body, string? subject, Sender? from) =>
        new() { Body = body, Subject = subject, From = from };
}
