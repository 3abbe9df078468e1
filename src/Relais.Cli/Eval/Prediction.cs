using Relais.Engine;

namespace Relais.Cli.Eval;

/// <summary>What the scorer reads of one analysis (the fields score.py reads of an analyze line).</summary>
internal sealed record Prediction(
    string? SignatureText,
    IReadOnlyDictionary<string, FieldValue> Contact,
    bool NeedsReply,
    string? Automated,
    string Text)
{
    public static readonly Prediction Missing = new(null, new Dictionary<string, FieldValue>(), false, null, "");

    public static Prediction Of(EmailAnalysis analysis)
    {
        var c = analysis.Contact;
        var contact = new Dictionary<string, FieldValue>(StringComparer.Ordinal);
        void Put(string name, FieldValue? value)
        {
            if (value is not null)
            {
                contact[name] = value;
            }
        }

        Put("full_name", c.FullName);
        Put("first_name", c.FirstName);
        Put("last_name", c.LastName);
        Put("job_title", c.JobTitle);
        Put("company", c.Company);
        Put("email", c.Email);
        Put("phone", c.Phone);
        Put("mobile", c.Mobile);
        Put("fax", c.Fax);
        Put("website", c.Website);
        Put("linkedin", c.Linkedin);
        Put("address", c.Address);
        return new Prediction(
            analysis.Signature?.Text,
            contact,
            analysis.NeedsReply.Value,
            analysis.Automated is { } kind ? EmailAnalysisJson.Code(kind) : null,
            analysis.Text);
    }

    public static string SourceOf(FieldValue value) => value.Source switch
    {
        FieldSource.Header => "header",
        FieldSource.Domain => "domain",
        _ => "signature",
    };
}
