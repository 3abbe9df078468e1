using System.Text.Json;
using Relais.Data.Model;
using Relais.Engine;

namespace Relais.Server.Features.Autofill;

/// <summary>An engine analysis as its <c>email_analyses</c> row, and back as the contract's document.</summary>
internal static class AnalysisRows
{
    private const int MaxText = 64 * 1024;

    public static Analysis From(Guid teamId, Guid emailId, EmailAnalysis analysis, bool signatureCached, bool textCached, DateTimeOffset now)
    {
        var human = analysis.Automated is null;
        return new Analysis
        {
            TeamId = teamId,
            EmailMessageId = emailId,
            EngineVersion = EmailAnalyzer.Version,
            Language = analysis.Language,
            Automated = analysis.Automated switch
            {
                AutomatedKind.AutoReply => AutomatedMail.AutoReply,
                AutomatedKind.Bounce => AutomatedMail.Bounce,
                AutomatedKind.Bulk => AutomatedMail.Bulk,
                _ => null,
            },
            Intent = human ? EmailAnalysisJson.Code(analysis.Intent.Label) : null,
            IntentConfidence = analysis.Intent.Confidence,
            NeedsReply = analysis.NeedsReply.Value,
            NeedsReplyConfidence = analysis.NeedsReply.Confidence,
            SignatureFound = analysis.Signature is not null,
            SignatureConfidence = analysis.Signature?.Confidence,
            SignatureParsed = analysis.Signature is not null && SignatureFields(analysis.Contact).Any(f => f.Confidence > 0.5),
            Fields = JsonSerializer.Serialize(ContactDocument.From(analysis.Contact, rounded: false), AnalysisJsonContext.Default.ContactDocument),
            Text = Clip(analysis.Text),
            SignatureText = analysis.Signature is { } s ? Clip(s.Text) : null,
            SignatureCached = signatureCached,
            IntentCached = textCached,
            ElapsedMs = Math.Round(analysis.ElapsedMs, 3),
            Error = analysis.Error is { Length: > 500 } long_ ? long_[..500] : analysis.Error,
            AnalyzedAt = now,
        };
    }

    /// <summary>The stored analysis in the JSON contract of <c>relais analyze</c>.</summary>
    public static AnalysisDocument ToDocument(Analysis row, EmailMessage email)
    {
        var contact = JsonSerializer.Deserialize(row.Fields, AnalysisJsonContext.Default.ContactDocument) ?? new ContactDocument();
        var analysis = new EmailAnalysis
        {
            Source = email.ExternalId ?? email.Id.ToString(),
            MessageId = email.MessageIdHeader,
            Language = row.Language,
            From = email.FromEmail is { } from ? new Sender(from, email.FromName) : null,
            Automated = row.Automated switch
            {
                AutomatedMail.AutoReply => AutomatedKind.AutoReply,
                AutomatedMail.Bounce => AutomatedKind.Bounce,
                AutomatedMail.Bulk => AutomatedKind.Bulk,
                _ => null,
            },
            Text = row.Text ?? string.Empty,
            Signature = row.SignatureText is { } text ? new SignatureBlock(text, row.SignatureConfidence ?? 0) : null,
            Contact = contact.ToFields(),
            Intent = new IntentPrediction(EmailAnalysisJson.ParseIntent(row.Intent), row.Automated is null ? row.IntentConfidence : 0),
            NeedsReply = new NeedsReplyPrediction(row.NeedsReply, row.NeedsReplyConfidence),
            ElapsedMs = row.ElapsedMs,
            Error = row.Error,
        };
        return EmailAnalysisJson.ToDocument(analysis);
    }

    private static IEnumerable<FieldValue> SignatureFields(ContactFields c) =>
        new[] { c.FullName, c.FirstName, c.LastName, c.JobTitle, c.Company, c.Email, c.Phone, c.Mobile, c.Fax, c.Website, c.Linkedin, c.Address }
            .OfType<FieldValue>().Where(f => f.Source == FieldSource.Signature);

    private static string? Clip(string? text) => text is null ? null : text.Length <= MaxText ? text : text[..MaxText];
}
