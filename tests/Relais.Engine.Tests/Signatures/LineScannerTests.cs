using Relais.Engine.Contacts;
using Relais.Engine.Signatures;

namespace Relais.Engine.Tests.Signatures;

public sealed class LineScannerTests
{
    private static readonly SenderName Barry = SenderName.Parse(new Sender("barry.tycholiz@harborpoint.com", "Barry Tycholiz"));

    [Theory]
    [InlineData("Tél. : 01 44 55 66 77", "Phone, PhoneLabel")]
    [InlineData("Port. : 06 11 22 33 44", "Phone, MobileLabel")]
    [InlineData("Fax: (713) 646-3490", "Phone, FaxLabel")]
    [InlineData("x-37059", "Extension")]
    [InlineData("Patti x39106", "Extension")]
    [InlineData("Best regards,", "ClosingExact")]
    [InlineData("Bien cordialement", "ClosingExact")]
    [InlineData("Thanks, BT", "ClosingThenName, Initials")]
    [InlineData("Barry Tycholiz", "NameOnly, NameFull")]
    [InlineData("12 avenue Hoche, 75008 Paris", "Street, ZipCode")]
    [InlineData("Houston, TX  77002", "ZipCode")]
    [InlineData("--", "Separator, DashDash")]
    [InlineData("camille.rousseau@helios-gestion.fr", "Email")]
    [InlineData("www.helios-gestion.fr", "Url")]
    [InlineData("Envoyé de mon iPhone", "Tagline")]
    [InlineData(" - budget 2002.xls", "Attachment")]
    public void Describe_TypicalLine_HasFlags(string line, string flags)
    {
        var expected = Enum.Parse<LineFlags>(flags);
        var info = LineScanner.Describe(line.Trim(), 0, Barry, true, true);

        Assert.Equal(expected, info.Flags & expected);
    }

    [Theory]
    [InlineData("Nos bureaux seront fermés du 14/07/2025 au 28/07/2025.")]
    [InlineData("SIRET 51234567800021")]
    [InlineData("Montant : $ 1 250 000")]
    [InlineData("Houston, TX 77251-1384")]
    [InlineData("x-37059")]
    [InlineData("Réunion le 2025-07-14 à 10h")]
    public void Describe_NumbersThatAreNotPhones_NoPhoneFlag(string line)
    {
        var info = LineScanner.Describe(line, 0, Barry, true, true);

        Assert.False(info.Has(LineFlags.Phone));
    }

    [Theory]
    [InlineData("Thanks,", 1)]
    [InlineData("Bien à vous,", 3)]
    [InlineData("Merci d'avance !", 2)]
    [InlineData("Thanks & regards", 3)]
    [InlineData("Thanks for the update on the Hess deal", 1)]
    [InlineData("The meeting is at noon", 0)]
    public void Match_LineStart_CountsSignoffWords(string line, int expected) => Assert.Equal(expected, Closings.Match(line));

    [Theory]
    [InlineData("please try to verify.  Thanks.  Sara", 23)]
    [InlineData("review?  thanks very much.", 9)]
    [InlineData("Thanks for your help.  Sara", -1)]
    [InlineData("Stay well (and young).  Sara", -1)]
    [InlineData("I will call you tomorrow.", -1)]
    public void SignoffStart_TrailingSignoff_FoundAfterTheSentence(string line, int expected) =>
        Assert.Equal(expected, SignoffSplitter.SignoffStart(line));
}
