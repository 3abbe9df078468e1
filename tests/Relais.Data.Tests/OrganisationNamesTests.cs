using Relais.Data.Model;

namespace Relais.Data.Tests;

public sealed class OrganisationNamesTests
{
    [Theory]
    [InlineData("ACME S.A.S.", "acme")]
    [InlineData("Acme", "acme")]
    [InlineData("Société Générale Gestion S.A.", "societe generale gestion")]
    [InlineData("Crédit Agricole  – Île-de-France", "credit agricole ile de france")]
    [InlineData("Œuvre & Cie", "oeuvre cie")]
    [InlineData("Rothschild & Co Ltd", "rothschild co")]
    [InlineData("SAS", "sas")]
    public void Normalize_Name_ReturnsMatchingKey(string name, string expected) =>
        Assert.Equal(expected, OrganisationNames.Normalize(name));
}
