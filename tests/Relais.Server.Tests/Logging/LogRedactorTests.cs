using Relais.Server.Logging;

namespace Relais.Server.Tests.Logging;

public sealed class LogRedactorTests
{
    [Theory]
    [InlineData("Envoyé à jean.dupont@acme-gestion.fr hier", "Envoyé à [email] hier")]
    [InlineData("GET /api/v1/people?q=jean.dupont%40acme.fr", "GET /api/v1/people?q=[email]")]
    [InlineData("Tél. : 01 23 45 67 89, portable +33 6 12 34 56 78", "Tél. : [phone], portable [phone]")]
    [InlineData("Call me on +1-202-555-0143 or (202) 555-0199", "Call me on [phone] or [phone]")]
    [InlineData("q=%2B33%206%2012%2034%2056%2078", "q=[phone]")]
    [InlineData("mobile 06.12.34.56.78.", "mobile [phone].")]
    [InlineData("E.164 +33612345678", "E.164 [phone]")]
    public void Redact_PersonalData_IsReplaced(string text, string expected) =>
        Assert.Equal(expected, LogRedactor.Redact(text));

    [Theory]
    [InlineData("User 0195f3a2-1234-7abc-9def-123456789012 of team 12345678-1234-1234-1234-123456789012 logged in")]
    [InlineData("Now listening on: http://127.0.0.1:5080")]
    [InlineData("Executed DbCommand (12ms) [Parameters=[@p0='?' (DbType = Guid)]]")]
    [InlineData("Database migrated: 1 migration(s) applied")]
    [InlineData("HTTP/1.1 POST http://localhost/api/v1/auth/login - 401 123 application/problem+json 4.2131ms")]
    public void Redact_OperationalText_IsKept(string text) =>
        Assert.Equal(text, LogRedactor.Redact(text));

    [Theory]
    [InlineData("Body", true)]
    [InlineData("text_body", true)]
    [InlineData("FromEmail", true)]
    [InlineData("phone", true)]
    [InlineData("UserId", false)]
    [InlineData("Count", false)]
    public void IsSensitiveName_ParameterName_TellsBodiesAndContacts(string name, bool expected) =>
        Assert.Equal(expected, LogRedactor.IsSensitiveName(name));
}
