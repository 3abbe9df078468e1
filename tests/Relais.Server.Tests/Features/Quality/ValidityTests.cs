using Relais.Server.Features.Quality;

namespace Relais.Server.Tests.Features.Quality;

public sealed class ValidityTests
{
    [Theory]
    [InlineData("Claire.Martin@Acme-Gestion.fr", nameof(ValidityStatus.Valid), "claire.martin@acme-gestion.fr")]
    [InlineData(" jean-luc.o'neil+crm@cabinet.co.uk ", nameof(ValidityStatus.Valid), "jean-luc.o'neil+crm@cabinet.co.uk")]
    [InlineData("claire.martin@", nameof(ValidityStatus.InvalidSyntax), "claire.martin@")]
    [InlineData("claire martin@acme.fr", nameof(ValidityStatus.InvalidSyntax), "claire martin@acme.fr")]
    [InlineData("claire..martin@acme.fr", nameof(ValidityStatus.InvalidSyntax), "claire..martin@acme.fr")]
    [InlineData("claire@acme", nameof(ValidityStatus.InvalidSyntax), "claire@acme")]
    [InlineData("jean.dupont@gmial.com", nameof(ValidityStatus.InvalidDomain), "jean.dupont@gmial.com")]
    [InlineData("jean.dupont@acme.test", nameof(ValidityStatus.InvalidDomain), "jean.dupont@acme.test")]
    [InlineData("jean.dupont@example.com", nameof(ValidityStatus.InvalidDomain), "jean.dupont@example.com")]
    [InlineData("jean.dupont@orange.con", nameof(ValidityStatus.InvalidDomain), "jean.dupont@orange.con")]
    [InlineData("  ", nameof(ValidityStatus.Missing), null)]
    public void Email_Value_HasItsStatus(string value, string status, string? normalized)
    {
        var check = Validity.Email(value);

        Assert.Equal((status, normalized), (check.Status.ToString(), check.Normalized));
    }

    [Theory]
    [InlineData("01 42 68 53 00", "FR", nameof(ValidityStatus.Valid), "+33142685300")]
    [InlineData("06.12.34.56.78", "FR", nameof(ValidityStatus.Valid), "+33612345678")]
    [InlineData("+33 (0)6 12 34 56 78", "FR", nameof(ValidityStatus.Valid), "+33612345678")]
    [InlineData("+44 20 7183 8750", "FR", nameof(ValidityStatus.Valid), "+442071838750")]
    [InlineData("(650) 253-0000", "US", nameof(ValidityStatus.Valid), "+16502530000")]
    [InlineData("(650) 253-0000", "FR", nameof(ValidityStatus.InvalidForRegion), null)]
    [InlineData("06 12 34 56", "FR", nameof(ValidityStatus.InvalidForRegion), null)]
    [InlineData("voir standard", "FR", nameof(ValidityStatus.InvalidSyntax), null)]
    [InlineData("", "FR", nameof(ValidityStatus.Missing), null)]
    public void Phone_ValueInRegion_HasItsStatusAndE164(string value, string region, string status, string? e164)
    {
        var check = Validity.Phone(value, region);

        Assert.Equal((status, e164), (check.Status.ToString(), check.Normalized));
    }

    [Theory]
    [InlineData("https://www.acme-gestion.fr", nameof(ValidityStatus.Valid), "https://www.acme-gestion.fr/")]
    [InlineData("acme-gestion.fr/contact", nameof(ValidityStatus.Valid), "https://acme-gestion.fr/contact")]
    [InlineData("http://Cabinet-Roux.EU/", nameof(ValidityStatus.Valid), "http://cabinet-roux.eu/")]
    [InlineData("htp//acme-gestion.fr", nameof(ValidityStatus.InvalidSyntax), null)]
    [InlineData("ftp://acme-gestion.fr", nameof(ValidityStatus.InvalidSyntax), null)]
    [InlineData("http://intranet", nameof(ValidityStatus.InvalidSyntax), null)]
    [InlineData("https://acme gestion.fr", nameof(ValidityStatus.InvalidSyntax), null)]
    [InlineData("https://www.acme.test", nameof(ValidityStatus.InvalidSyntax), null)]
    public void Url_Value_HasItsStatus(string value, string status, string? normalized)
    {
        var check = Validity.Url(value);

        Assert.Equal((status, normalized), (check.Status.ToString(), check.Normalized));
    }

    [Theory]
    [InlineData("linkedin.com/in/claire-martin", nameof(ValidityStatus.Valid))]
    [InlineData("https://fr.linkedin.com/in/claire-martin", nameof(ValidityStatus.Valid))]
    [InlineData("https://twitter.com/claire", nameof(ValidityStatus.InvalidSyntax))]
    [InlineData("https://notlinkedin.com/in/claire", nameof(ValidityStatus.InvalidSyntax))]
    public void Linkedin_Value_MustBeALinkedinLink(string value, string status)
    {
        Assert.Equal(status, Validity.Linkedin(value).Status.ToString());
    }

    [Theory]
    [InlineData("acme-gestion.fr", nameof(ValidityStatus.Valid), "acme-gestion.fr")]
    [InlineData("https://WWW.Acme-Gestion.fr/", nameof(ValidityStatus.Valid), "acme-gestion.fr")]
    [InlineData("acme_gestion", nameof(ValidityStatus.InvalidSyntax), "acme_gestion")]
    [InlineData("acme.invalid", nameof(ValidityStatus.InvalidDomain), "acme.invalid")]
    public void Domain_Value_IsNormalisedAndChecked(string value, string status, string normalized)
    {
        var check = Validity.Domain(value);

        Assert.Equal((status, normalized), (check.Status.ToString(), check.Normalized));
    }
}
