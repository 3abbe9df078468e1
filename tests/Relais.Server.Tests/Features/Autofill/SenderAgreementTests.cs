using Relais.Server.Features.Autofill;

namespace Relais.Server.Tests.Features.Autofill;

public sealed class SenderAgreementTests
{
    [Theory]
    [InlineData("Dupont", "jean.dupont@acme.fr", null, true)]
    [InlineData("Jean", "jean.dupont@acme.fr", null, true)]
    [InlineData("Hélène", "helene.marchal@banque.fr", null, true)]
    [InlineData("Marchal", "hmarchal@banque.fr", null, true)]
    [InlineData("Élodie", "contact@banque.fr", "Élodie Marchal", true)]
    [InlineData("Durand", "jean.dupont@acme.fr", "Jean Dupont", false)]
    [InlineData("Jo", "jo@acme.fr", null, false)]
    [InlineData("Excellence", "contact@acme.fr", "ACME Gestion", false)]
    public void NameMatches_ValueAgainstTheSender(string value, string sender, string? display, bool expected) =>
        Assert.Equal(expected, SenderAgreement.NameMatches(value, sender, display));

    [Theory]
    [InlineData("ACME Gestion", "acme-gestion.fr", true)]
    [InlineData("ACME SAS", "acme.fr", true)]
    [InlineData("Banque de l'Estuaire", "banque-estuaire.fr", true)]
    [InlineData("BNP Paribas", "bnpparibas.com", true)]
    [InlineData("Crédit Agricole Immobilier", "ca-immobilier.co.uk", true)]
    [InlineData("Société Générale", "gmail.com", false)]
    [InlineData("Cabinet Martin", "durand-avocats.fr", false)]
    public void OrganisationMatches_NameAgainstTheDomain(string name, string domain, bool expected) =>
        Assert.Equal(expected, SenderAgreement.OrganisationMatches(name, domain));

    [Theory]
    [InlineData("ACME", "ACME Gestion Privée", true)]
    [InlineData("ACME SAS", "Acme", true)]
    [InlineData("ACME Gestion Privée", "ACME", false)]
    [InlineData("Enron Broadband Services", "Enron North America Corp.", false)]
    public void Covers_OrganisationAgainstTheSignaturesCompany(string organisation, string company, bool expected) =>
        Assert.Equal(expected, SenderAgreement.Covers(organisation, company));

    [Theory]
    [InlineData("10, rue Laffitte, 75009 Paris", "10, rue Laffitte", "75009", "Paris")]
    [InlineData("8, quai de la Fosse 44000 Nantes", "8, quai de la Fosse", "44000", "Nantes")]
    [InlineData("Tour Alto, 4 place des Saisons, 92400 Courbevoie Cedex", "Tour Alto, 4 place des Saisons", "92400", "Courbevoie Cedex")]
    [InlineData("Rue du Rhône 30, 1204 Genève", "Rue du Rhône 30", "1204", "Genève")]
    [InlineData("1400 Smith Street, Houston, TX 77002", "1400 Smith Street", "77002", "Houston, TX")]
    [InlineData("22 Albyn Place, Edinburgh EH2 4NG", "22 Albyn Place", "EH2 4NG", "Edinburgh")]
    [InlineData("22 Albyn Place, EH2 4NG Edinburgh", "22 Albyn Place", "EH2 4NG", "Edinburgh")]
    [InlineData("Parc d'activités du Levant", "Parc d'activités du Levant", null, null)]
    public void PostalAddress_Parse_SplitsStreetPostcodeCity(string line, string? street, string? postcode, string? city) =>
        Assert.Equal(new PostalAddress(street, postcode, city), PostalAddress.Parse(line));

    [Theory]
    [InlineData("345 Park Avenue South, 12th Floor, New York, NY 10010", "345 Park Avenue South, 12th Floor, 10010 New York", true)]
    [InlineData("22 Albyn Place, Edinburgh EH2 4NG", "22 Albyn Place, EH2 4NG Edinburgh", true)]
    [InlineData("12, rue de la Paix, 75002 Paris", "12 rue de la Paix, 75002 PARIS CEDEX 02", true)]
    [InlineData("4, rue des Carmes, CS 70052, 54035 Nancy Cedex", "4, rue des Carmes, 54035 Nancy", false)]
    [InlineData("12, rue de la Paix, 75002 Paris", "14, rue de la Paix, 75002 Paris", false)]
    public void PostalAddress_Same_IgnoresHowTheCityIsWritten(string a, string b, bool same) =>
        Assert.Equal(same, PostalAddress.Same(a, b));
}
