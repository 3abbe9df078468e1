using System.ComponentModel.DataAnnotations;
using Relais.Engine;

namespace Relais.Server.Features.Ai;

/// <summary>
/// The seed's request of the single-shot endpoints: <c>{"email_body": "…", "subject": "…"}</c>, or
/// <c>email_id</c> to analyse a stored email. The sender helps tell the signer and the region.
/// </summary>
public sealed record AnalyzeRequest(
    [StringLength(1_000_000)] string? EmailBody = null,
    [StringLength(1000)] string? Subject = null,
    Guid? EmailId = null,
    [StringLength(320)] string? FromEmail = null,
    [StringLength(300)] string? FromName = null) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (EmailId is null && string.IsNullOrWhiteSpace(EmailBody))
        {
            yield return new ValidationResult("Give email_body (the text of the email) or email_id (a stored email).", [nameof(EmailBody)]);
        }
    }
}

internal sealed record NeedsReplyAnswer(bool Value, double Confidence);

/// <summary>The answer of <c>POST /ai/detect-intent</c>.</summary>
internal sealed record IntentAnswer(string Intent, string Label, double Confidence, NeedsReplyAnswer NeedsReply, string? Language, string Model, double ElapsedMs);

/// <summary>The answer of <c>POST /ai/parse-signature</c>: the block found and its fields, in the analysis contract's shape.</summary>
internal sealed record SignatureAnswer(SignatureDocument? Signature, ContactDocument Contact, string Model, double ElapsedMs);
