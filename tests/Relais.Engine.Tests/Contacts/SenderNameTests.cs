using Relais.Engine.Contacts;

namespace Relais.Engine.Tests.Contacts;

public sealed class SenderNameTests
{
    [Theory]
    [InlineData("jean.dupont@acme.fr", "Jean Dupont", "Jean", "Dupont", "jean.dupont@acme.fr")]
    [InlineData("jean.dupont@acme.fr", "DUPONT Jean", "Jean", "Dupont", "jean.dupont@acme.fr")]
    [InlineData("jmartin@copperfield.com", "Martin, John", "John", "Martin", "jmartin@copperfield.com")]
    [InlineData("cook.diane.h.diane.h.cook.harborpoint.com@harborpoint.com", "\"Cook  Diane H.\" <Diane.H.Cook@HARBORPOINT.com>", "Diane", "Cook", "diane.h.cook@harborpoint.com")]
    [InlineData("albert.mailto.bert.meyers@harborpoint.com", "Albert [mailto:Bert.Meyers@harborpoint.com] Meyers", "Albert", "Meyers", "bert.meyers@harborpoint.com")]
    [InlineData("dean.drozdiak.ect@harborpoint.com", "Dean Drozdiak@ECT", "Dean", "Drozdiak", "dean.drozdiak.ect@harborpoint.com")]
    [InlineData("anne@arpege.fr", "Anne de La Roche", "Anne", "de La Roche", "anne@arpege.fr")]
    [InlineData("jp@vauban.fr", "jean-pierre martin", "Jean-Pierre", "Martin", "jp@vauban.fr")]
    public void Parse_DisplayName_FirstLastAndAddress(string email, string name, string first, string last, string address)
    {
        var parsed = SenderName.Parse(new Sender(email, name));

        Assert.Equal((first, last, address), (parsed.First, parsed.Last, parsed.Address));
    }

    [Theory]
    [InlineData("meyers@harborpoint.com", "Meyers", null, "Meyers")]
    [InlineData("bill@harborpoint.com", "Bill", "Bill", null)]
    [InlineData("info@harborpoint.com", null, null, null)]
    public void Parse_OneWordOrNoName_OnlyWhatIsKnown(string email, string? name, string? first, string? last)
    {
        var parsed = SenderName.Parse(new Sender(email, name));

        Assert.Equal((first, last), (parsed.First, parsed.Last));
    }

    [Theory]
    [InlineData("Barry Tycholiz", "BT", true)]
    [InlineData("Christina Valdez", "Chris", true)]
    [InlineData("William Parks", "Bill", true)]
    [InlineData("Albert Meyers", "Bert", true)]
    [InlineData("Deborah Korkmas", "Deb", true)]
    [InlineData("Barry Tycholiz", "Kim", false)]
    public void IsName_SignedForms_MatchTheSender(string display, string written, bool expected)
    {
        var parsed = SenderName.Parse(new Sender("someone@harborpoint.com", display));

        Assert.Equal(expected, parsed.IsName(written) || parsed.IsInitials(written));
    }

    [Theory]
    [InlineData("camille.rousseau@helios-gestion.fr", "Helios Gestion")]
    [InlineData("john@copperfield-tech.com", "Copperfield Tech")]
    [InlineData("oliver@sterlingmarsh.co.uk", "Sterlingmarsh")]
    [InlineData("bgibson50606@houston.rr.com", null)]
    [InlineData("jean.dupont@orange.fr", null)]
    [InlineData("someone@yahoo.co.uk", null)]
    [InlineData("x@gmail.com", null)]
    public void From_EmailDomain_OrganisationOrNothingForFreeMail(string email, string? expected) =>
        Assert.Equal(expected, DomainOrganisation.From(email));
}
