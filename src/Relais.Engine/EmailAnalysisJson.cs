using System.Text.Json;

namespace Relais.Engine;

/// <summary>Writes an <see cref="EmailAnalysis"/> in the JSON shape of SPEC section 3 (snake_case, nulls kept at top level).</summary>
public static class EmailAnalysisJson
{
    /// <summary>Writes one analysis as a JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, EmailAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(analysis);
        writer.WriteStartObject();
        writer.WriteString("source", analysis.Source);
        writer.WriteString("message_id", analysis.MessageId);
        writer.WriteString("language", analysis.Language);
        if (analysis.From is null)
        {
            writer.WriteNull("from");
        }
        else
        {
            writer.WriteStartObject("from");
            writer.WriteString("email", analysis.From.Email);
            writer.WriteString("name", analysis.From.Name);
            writer.WriteEndObject();
        }

        writer.WriteString("automated", analysis.Automated is { } kind ? Code(kind) : null);
        writer.WriteString("text", analysis.Text);
        if (analysis.Signature is null)
        {
            writer.WriteNull("signature");
        }
        else
        {
            writer.WriteStartObject("signature");
            writer.WriteString("text", analysis.Signature.Text);
            writer.WriteNumber("confidence", Round(analysis.Signature.Confidence));
            writer.WriteEndObject();
        }

        WriteContact(writer, analysis.Contact);
        writer.WriteStartObject("intent");
        writer.WriteString("label", Code(analysis.Intent.Label));
        writer.WriteNumber("confidence", Round(analysis.Intent.Confidence));
        writer.WriteEndObject();
        writer.WriteStartObject("needs_reply");
        writer.WriteBoolean("value", analysis.NeedsReply.Value);
        writer.WriteNumber("confidence", Round(analysis.NeedsReply.Confidence));
        writer.WriteEndObject();
        writer.WriteNumber("elapsed_ms", Math.Round(analysis.ElapsedMs, 3));
        if (analysis.Error is not null)
        {
            writer.WriteString("error", analysis.Error);
        }

        writer.WriteEndObject();
    }

    /// <summary>The snake_case code of an intent (<c>quotation_request</c>).</summary>
    public static string Code(Intent intent) => intent switch
    {
        Intent.MeetingRequest => "meeting_request",
        Intent.InfoRequest => "info_request",
        Intent.FollowUp => "follow_up",
        Intent.Introduction => "introduction",
        Intent.QuotationRequest => "quotation_request",
        Intent.Closing => "closing",
        Intent.Complaint => "complaint",
        Intent.ThankYou => "thank_you",
        Intent.Unsubscribe => "unsubscribe",
        _ => "other",
    };

    /// <summary>The snake_case code of an automated kind (<c>auto_reply</c>).</summary>
    public static string Code(AutomatedKind kind) => kind switch
    {
        AutomatedKind.AutoReply => "auto_reply",
        AutomatedKind.Bounce => "bounce",
        _ => "bulk",
    };

    private static void WriteContact(Utf8JsonWriter writer, ContactFields c)
    {
        writer.WriteStartObject("contact");
        Field(writer, "full_name", c.FullName);
        Field(writer, "first_name", c.FirstName);
        Field(writer, "last_name", c.LastName);
        Field(writer, "job_title", c.JobTitle);
        Field(writer, "company", c.Company);
        Field(writer, "email", c.Email);
        Field(writer, "phone", c.Phone);
        Field(writer, "mobile", c.Mobile);
        Field(writer, "fax", c.Fax);
        Field(writer, "website", c.Website);
        Field(writer, "linkedin", c.Linkedin);
        Field(writer, "address", c.Address);
        writer.WriteEndObject();
    }

    private static void Field(Utf8JsonWriter writer, string name, FieldValue? value)
    {
        if (value is null)
        {
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteString("value", value.Value);
        writer.WriteNumber("confidence", Round(value.Confidence));
        writer.WriteString("source", value.Source switch
        {
            FieldSource.Header => "header",
            FieldSource.Domain => "domain",
            _ => "signature",
        });
        writer.WriteEndObject();
    }

    private static double Round(double confidence) => Math.Round(confidence, 3);
}
