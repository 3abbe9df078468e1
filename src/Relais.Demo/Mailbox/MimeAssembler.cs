using System.Text;
using MimeKit;
using Relais.Demo.Roster;

namespace Relais.Demo.Mailbox;

/// <summary>Turns a draft into a MimeMessage with the headers, encodings and structure of the client that sent it.</summary>
internal static class MimeAssembler
{
    private static readonly byte[] FakePdf = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
        + "trailer << /Root 1 0 R >>\n%%EOF\n");

    public static (MimeMessage Message, SentMail Sent) Build(Draft d, string messageId, Random rng)
    {
        var message = new MimeMessage();
        message.From.Add(d.From);
        message.To.AddRange(d.To);
        message.Cc.AddRange(d.Cc);
        message.Subject = d.Subject;
        message.Date = d.Date;
        message.MessageId = messageId;
        var references = d.InReplyTo is null ? [] : d.InReplyTo.References.Append(d.InReplyTo.MessageId).ToList();
        if (d.InReplyTo is not null)
        {
            message.InReplyTo = d.InReplyTo.MessageId;
            foreach (var id in references)
                message.References.Add(id);
        }
        ClientHeaders(message, d, rng);

        var text = d.Body.ToText();
        var fragment = HtmlRenderer.Fragment(d.Body, d.Client);
        MimeEntity body = d.Format switch
        {
            BodyFormat.Plain => TextPart("plain", text, d),
            BodyFormat.HtmlOnly => TextPart("html", HtmlRenderer.Document(fragment, d.Client), d),
            _ => new MultipartAlternative { TextPart("plain", text, d), TextPart("html", HtmlRenderer.Document(fragment, d.Client), d) },
        };
        if (body is Multipart alternative)
            alternative.Boundary = MessageIds.Boundary(d.Client, rng);
        if (d.Attachments.Count > 0)
        {
            var mixed = new Multipart("mixed") { body };
            mixed.Boundary = MessageIds.Boundary(d.Client, rng);
            foreach (var name in d.Attachments)
            {
                mixed.Add(new MimePart("application", "pdf")
                {
                    FileName = name,
                    ContentTransferEncoding = ContentEncoding.Base64,
                    Content = new MimeContent(new MemoryStream(FakePdf)),
                });
            }
            body = mixed;
        }
        message.Body = body;

        var sent = new SentMail(d.From, d.To, d.Cc, d.Date, d.Subject, messageId, references, text,
            d.Format == BodyFormat.Plain ? HtmlRenderer.FromText(text) : fragment);
        return (message, sent);
    }

    private static TextPart TextPart(string subtype, string content, Draft d)
    {
        // Old Outlook and some Thunderbird set-ups still send French mail in Latin-1, when it can hold the text
        // (windows-1252 would need a code-page provider registered process-wide).
        var legacy = d.Fr && d.Client is MailClient.OutlookLegacy or MailClient.Thunderbird && content.All(ch => ch <= '\u00ff');
        var part = new TextPart(subtype)
        {
            ContentTransferEncoding = d.Client switch
            {
                MailClient.Thunderbird => ContentEncoding.EightBit,
                MailClient.Outlook when subtype == "html" => ContentEncoding.Base64,
                _ => ContentEncoding.QuotedPrintable,
            },
        };
        part.SetText(legacy ? "iso-8859-1" : "utf-8", content);
        if (subtype == "plain" && d.Client == MailClient.Thunderbird)
            part.ContentType.Parameters.Add("format", "flowed");
        return part;
    }

    private static void ClientHeaders(MimeMessage message, Draft d, Random rng)
    {
        switch (d.Client)
        {
            case MailClient.Outlook or MailClient.OutlookLegacy:
                message.Headers.Add("Thread-Topic", d.Subject);
                message.Headers.Add("Thread-Index", Convert.ToBase64String(RandomBytes(rng, 22)));
                message.Headers.Add("Content-Language", d.Fr ? "fr-FR" : "en-GB");
                message.Headers.Add("X-MS-Has-Attach", d.Attachments.Count > 0 ? "yes" : "");
                if (d.Client == MailClient.OutlookLegacy)
                    message.Headers.Add("X-Mailer", "Microsoft Outlook 16.0");
                break;
            case MailClient.AppleMail:
                message.Headers.Add("X-Mailer", d.Mobile ? "iPhone Mail (22B83)" : "Apple Mail (2.3826.700.81)");
                break;
            case MailClient.Thunderbird:
                message.Headers.Add("User-Agent", "Mozilla Thunderbird");
                message.Headers.Add("Content-Language", d.Fr ? "fr" : "en-US");
                break;
        }
    }

    private static byte[] RandomBytes(Random rng, int count)
    {
        var bytes = new byte[count];
        rng.NextBytes(bytes);
        return bytes;
    }
}
