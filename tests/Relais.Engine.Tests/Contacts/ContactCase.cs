namespace Relais.Engine.Tests.Contacts;

/// <summary>
/// One message and what must be read from it. Expectations are "field=value" ("field=" means absent);
/// fields: the contact fields in snake_case, "company_source", "signature" and "text" (exact).
/// </summary>
internal sealed record ContactCase(string Body, string FromEmail, string? FromName, string Region, params string[] Expect)
{
    public IEnumerable<(string Field, string? Value)> Expectations() =>
        Expect.Select(e =>
        {
            var eq = e.IndexOf('=', StringComparison.Ordinal);
            var value = e[(eq + 1)..];
            return (e[..eq], value.Length == 0 ? null : value);
        });

    public static string? Actual(EmailAnalysis analysis, string field)
    {
        var c = analysis.Contact;
        return field switch
        {
            "full_name" => c.FullName?.Value,
            "first_name" => c.FirstName?.Value,
            "last_name" => c.LastName?.Value,
            "job_title" => c.JobTitle?.Value,
            "company" => c.Company?.Value,
            "company_source" => c.Company?.Source.ToString(),
            "email" => c.Email?.Value,
            "phone" => c.Phone?.Value,
            "mobile" => c.Mobile?.Value,
            "fax" => c.Fax?.Value,
            "website" => c.Website?.Value,
            "linkedin" => c.Linkedin?.Value,
            "address" => c.Address?.Value,
            "signature" => analysis.Signature?.Text,
            "text" => analysis.Text,
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "unknown expectation"),
        };
    }
}
