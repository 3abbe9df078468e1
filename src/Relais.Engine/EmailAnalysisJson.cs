using System.Text.Json;
using System.Text.Json.Serialization;

namespace Relais.Engine;

/// <summary>
/// The JSON contract of an analysis (SPEC section 3), one source-generated serializer for every
/// writer: <c>relais analyze</c>, the API and the cache all go through <see cref="AnalysisJsonContext"/>.
/// Confidences are rounded to three decimals; absent contact fields and a null error are left out.
/// </summary>
public static class EmailAnalysisJson
{
    /// <summary>Writes one analysis as a JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, EmailAnalysis analysis) =>
        JsonSerializer.Serialize(writer, ToDocument(analysis), AnalysisJsonContext.Default.AnalysisDocument);

    /// <summary>The analysis in the shape of the contract.</summary>
    public static AnalysisDocument ToDocument(EmailAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return new AnalysisDocument(
            analysis.Source,
            analysis.MessageId,
            analysis.Language,
            analysis.From is { } from ? new SenderDocument(from.Email, from.Name) : null,
            analysis.Automated is { } kind ? Code(kind) : null,
            analysis.Text,
            analysis.Signature is { } signature ? new SignatureDocument(signature.Text, Round(signature.Confidence)) : null,
            ContactDocument.From(analysis.Contact),
            new IntentDocument(Code(analysis.Intent.Label), Round(analysis.Intent.Confidence)),
            new NeedsReplyDocument(analysis.NeedsReply.Value, Round(analysis.NeedsReply.Confidence)),
            Math.Round(analysis.ElapsedMs, 3))
        {
            Error = analysis.Error,
        };
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

    /// <summary>The intent of a code written by <see cref="Code(Intent)"/>; <see cref="Intent.Other"/> for anything else.</summary>
    public static Intent ParseIntent(string? code) =>
        Enum.GetValues<Intent>().FirstOrDefault(i => Code(i) == code);

    /// <summary>The snake_case code of an automated kind (<c>auto_reply</c>).</summary>
    public static string Code(AutomatedKind kind) => kind switch
    {
        AutomatedKind.AutoReply => "auto_reply",
        AutomatedKind.Bounce => "bounce",
        _ => "bulk",
    };

    /// <summary>The snake_case code of a field source (<c>signature</c>).</summary>
    public static string Code(FieldSource source) => source switch
    {
        FieldSource.Header => "header",
        FieldSource.Domain => "domain",
        _ => "signature",
    };

    internal static double Round(double confidence) => Math.Round(confidence, 3);
}

/// <summary>One analysis as the contract writes it; property order is the output order.</summary>
public sealed record AnalysisDocument(
    string? Source,
    string? MessageId,
    string? Language,
    SenderDocument? From,
    string? Automated,
    string Text,
    SignatureDocument? Signature,
    ContactDocument Contact,
    IntentDocument Intent,
    NeedsReplyDocument NeedsReply,
    double ElapsedMs)
{
    /// <summary>Set when the input was partly unreadable.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Error { get; init; }
}

/// <summary>The From header's address and name.</summary>
public sealed record SenderDocument(string Email, string? Name);

/// <summary>The sender's sign-off and signature block.</summary>
public sealed record SignatureDocument(string Text, double Confidence);

/// <summary>An extracted value, its confidence, and where it was read (signature, header, domain).</summary>
public sealed record FieldDocument(string Value, double Confidence, string Source)
{
    internal static FieldDocument? From(FieldValue? value, bool rounded) =>
        value is null ? null : new FieldDocument(value.Value, rounded ? EmailAnalysisJson.Round(value.Confidence) : value.Confidence, EmailAnalysisJson.Code(value.Source));

    internal FieldValue ToValue() => new(Value, Confidence, Source switch
    {
        "header" => FieldSource.Header,
        "domain" => FieldSource.Domain,
        _ => FieldSource.Signature,
    });
}

/// <summary>The contact fields; unknown fields are left out.</summary>
public sealed record ContactDocument
{
#pragma warning disable CS1591 // the names say it: the fields of SPEC section 3
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public FieldDocument? FullName { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public FieldDocument? FirstName { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public FieldDocument? LastName { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public FieldDocument? JobTitle { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public FieldDocument? Company { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public FieldDocument? Email { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public FieldDocument? Phone { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public FieldDocument? Mobile { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public FieldDocument? Fax { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public FieldDocument? Website { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public FieldDocument? Linkedin { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public FieldDocument? Address { get; init; }
#pragma warning restore CS1591

    /// <summary>The contract's form of <paramref name="c"/>; confidences rounded to three decimals unless <paramref name="rounded"/> is false (a cache keeps them exact).</summary>
    public static ContactDocument From(ContactFields c, bool rounded = true)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new()
        {
            FullName = FieldDocument.From(c.FullName, rounded),
            FirstName = FieldDocument.From(c.FirstName, rounded),
            LastName = FieldDocument.From(c.LastName, rounded),
            JobTitle = FieldDocument.From(c.JobTitle, rounded),
            Company = FieldDocument.From(c.Company, rounded),
            Email = FieldDocument.From(c.Email, rounded),
            Phone = FieldDocument.From(c.Phone, rounded),
            Mobile = FieldDocument.From(c.Mobile, rounded),
            Fax = FieldDocument.From(c.Fax, rounded),
            Website = FieldDocument.From(c.Website, rounded),
            Linkedin = FieldDocument.From(c.Linkedin, rounded),
            Address = FieldDocument.From(c.Address, rounded),
        };
    }

    /// <summary>Back to the engine's fields (a cached result).</summary>
    public ContactFields ToFields() => new()
    {
        FullName = FullName?.ToValue(),
        FirstName = FirstName?.ToValue(),
        LastName = LastName?.ToValue(),
        JobTitle = JobTitle?.ToValue(),
        Company = Company?.ToValue(),
        Email = Email?.ToValue(),
        Phone = Phone?.ToValue(),
        Mobile = Mobile?.ToValue(),
        Fax = Fax?.ToValue(),
        Website = Website?.ToValue(),
        Linkedin = Linkedin?.ToValue(),
        Address = Address?.ToValue(),
    };

    /// <summary>Each known field with its contract name (<c>job_title</c>), in contract order.</summary>
    public IEnumerable<(string Field, FieldDocument Value)> Known()
    {
        (string, FieldDocument?)[] all =
        [
            ("full_name", FullName), ("first_name", FirstName), ("last_name", LastName), ("job_title", JobTitle),
            ("company", Company), ("email", Email), ("phone", Phone), ("mobile", Mobile), ("fax", Fax),
            ("website", Website), ("linkedin", Linkedin), ("address", Address),
        ];
        foreach (var (field, value) in all)
        {
            if (value is not null)
            {
                yield return (field, value);
            }
        }
    }
}

/// <summary>The intent label and its confidence.</summary>
public sealed record IntentDocument(string Label, double Confidence);

/// <summary>Whether the message asks for an answer, and the confidence.</summary>
public sealed record NeedsReplyDocument(bool Value, double Confidence);

/// <summary>The second-half results kept for a text key: intent and needs-reply.</summary>
public sealed record TextResultsDocument(IntentDocument Intent, NeedsReplyDocument NeedsReply)
{
    /// <summary>The cached form of an analysis's text results.</summary>
    public static TextResultsDocument From(EmailAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return new(
            new IntentDocument(EmailAnalysisJson.Code(analysis.Intent.Label), analysis.Intent.Confidence),
            new NeedsReplyDocument(analysis.NeedsReply.Value, analysis.NeedsReply.Confidence));
    }

    /// <summary>As results the engine takes back.</summary>
    public CachedResults ToCached() => new()
    {
        Intent = new IntentPrediction(EmailAnalysisJson.ParseIntent(Intent.Label), Intent.Confidence),
        NeedsReply = new NeedsReplyPrediction(NeedsReply.Value, NeedsReply.Confidence),
    };
}

/// <summary>The source-generated serializer of the analysis contract (snake_case).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(AnalysisDocument))]
[JsonSerializable(typeof(ContactDocument))]
[JsonSerializable(typeof(TextResultsDocument))]
public sealed partial class AnalysisJsonContext : JsonSerializerContext;
