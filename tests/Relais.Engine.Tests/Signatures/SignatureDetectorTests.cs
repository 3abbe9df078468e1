using Relais.Engine.Signatures;

namespace Relais.Engine.Tests.Signatures;

public sealed class SignatureDetectorTests
{
    [Theory]
    [InlineData("Bonjour,\n\nMerci pour votre retour.\n\nCordialement,\nJean Dupont", "jean.dupont@acme.fr", "Jean Dupont", "Cordialement,\nJean Dupont")]
    [InlineData("Hi Kim,\n\nSee the attached schedule.\n\nBest regards,\nBarry", "barry.tycholiz@harborpoint.com", "Barry Tycholiz", "Best regards,\nBarry")]
    [InlineData("Bonjour,\n\nLe devis est en pièce jointe.\n\nBien à vous,\n\nAnne du Pont\nPrésidente\nArpège Patrimoine", "anne@arpege.fr", "Anne du Pont", "Bien à vous,\n\nAnne du Pont\nPrésidente\nArpège Patrimoine")]
    [InlineData("Voici le fichier.\n\n-- \nLuc Mercier\nTél. : 02 40 11 22 33", "luc@garnier.fr", "Luc Mercier", "-- \nLuc Mercier\nTél. : 02 40 11 22 33")]
    [InlineData("Tom:\n\nBuffalo Gap would be just fine.\n\nBert", "meyers@harborpoint.com", "Meyers", "Bert")]
    [InlineData("Please confirm receipt of the new calling card.\n\nCarolyn Graham\nSupplier Relations\n713-345-8008", "carolyn.graham@harborpoint.com", "Graham, Carolyn", "Carolyn Graham\nSupplier Relations\n713-345-8008")]
    [InlineData("Merci de me rappeler.\n\nBien cordialement\nDUPONT Jean\nDirecteur commercial", "jean.dupont@acme.fr", "DUPONT Jean", "Bien cordialement\nDUPONT Jean\nDirecteur commercial")]
    [InlineData("Sorry I missed your call. I am in all day today.\n\nBT   3-1587.", "barry.tycholiz@harborpoint.com", "Barry Tycholiz", "BT   3-1587.")]
    [InlineData("Here is the list.\n\nThanks,\n-Catherine", "catherine.clark@harborpoint.com", "Catherine Clark", "Thanks,\n-Catherine")]
    [InlineData("Can you send it again?\n\nThanks!", "sam@harborpoint.com", "Sam Rowe", "Thanks!")]
    public void Detect_SignedMessage_FindsTheBlock(string body, string email, string name, string expected)
    {
        var lines = body.Split('\n');

        var span = SignatureDetector.Detect(lines, new Sender(email, name));

        Assert.NotNull(span);
        Assert.Equal(expected, string.Join('\n', lines.Skip(span.Start).Take(span.Length)));
    }

    [Theory]
    [InlineData("Hi Tom,\n\nCan we move the call to 3pm?", "lee.cho@granite-ridge.com", "Lee Cho")]
    [InlineData("Bonjour,\n\nPouvez-vous me rappeler quand vous aurez un moment ?\nLe rendez-vous de mardi ne tient plus.", "claire@sequana.fr", "Claire Robin")]
    [InlineData("Here are the closing prices:\n\n  Zone 1\t\t2.2930\t1.8650\n  Zone 2\t\t2.3285\t1.9000\n  Zone 3\t\t2.3640\t1.9350", "prices@harborpoint.com", "")]
    [InlineData("Contacts:\n\nReliant:  Tom Rowe  713-207-1450\nAquila:  Elsa Pike 214-927-9464\nDuke:  Mike Shaw 801-531-4497", "chris.meyer@harborpoint.com", "Meyer, Chris")]
    [InlineData("Attendees:\n\n   Andrea Guillen\n   Gordon Heaney\n   Scott Tackett\n\nThe meeting starts at 10 and will last until noon, lunch is provided.", "tana@harborpoint.com", "Tana Jones")]
    [InlineData("Bonjour,\n\nVoici les numéros de commande :\n553666\n553667\n553668\n555174\n\nMerci de vérifier les quantités avant l'envoi au client final.", "kate@harborpoint.com", "Kate Symes")]
    public void Detect_UnsignedMessage_FindsNothing(string body, string email, string name)
    {
        var span = SignatureDetector.Detect(body.Split('\n'), new Sender(email, name.Length == 0 ? null : name));

        Assert.Null(span);
    }

    [Theory]
    [InlineData("Ci-joint l'avenant.\n\nCordialement,\nRémi Carpentier\n01 45 67 89 12\n\nCe message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de\nses destinataires. Si vous n'êtes pas le destinataire, merci de le supprimer.", "Cordialement,\nRémi Carpentier\n01 45 67 89 12")]
    [InlineData("See attached.\n\nRegards,\nDave Forster\n713.853.1861\n\n - Q3 volumes final.xls\n - notes.pdf", "Regards,\nDave Forster\n713.853.1861")]
    [InlineData("Nancy sent me a note.\n\nThanks!\nRobin\n\nP.S.  Go team!", "Thanks!\nRobin")]
    public void Detect_TrailingDisclaimerAttachmentsOrPostscript_LeftOut(string body, string expected)
    {
        var lines = body.Split('\n');

        var span = SignatureDetector.Detect(lines, new Sender("someone@harborpoint.com", null));

        Assert.NotNull(span);
        Assert.Equal(expected, string.Join('\n', lines.Skip(span.Start).Take(span.Length)));
    }

    [Theory]
    [InlineData("Please let me know when you have satisfied this request.  Thanks.  Sara", "Please let me know when you have satisfied this request.", "Thanks.  Sara")]
    [InlineData("Pouvez-vous vérifier ?  Merci,  Jean", "Pouvez-vous vérifier ?", "Merci,  Jean")]
    [InlineData("I will also create a new diskette. Thanks.", "I will also create a new diskette.", "Thanks.")]
    public void Detect_SignoffEndingTheLastSentence_SplitsTheLine(string body, string text, string signature)
    {
        var lines = body.Split('\n');

        var span = SignatureDetector.Detect(ref lines, new Sender("sara.sutcliffe@harborpoint.com", "Sara Sutcliffe"));

        Assert.NotNull(span);
        Assert.Equal(text, string.Join('\n', lines.Take(span.Start)));
        Assert.Equal(signature, string.Join('\n', lines.Skip(span.Start).Take(span.Length)));
    }

    [Fact]
    public void Detect_HugeBody_LooksOnlyAtTheTail()
    {
        var lines = Enumerable.Repeat("Ligne de tableau 12;34;56;78 sans intérêt pour la signature.", 200_000)
            .Concat(["", "Cordialement,", "Camille Rousseau", "Helios Gestion"]).ToArray();

        var span = SignatureDetector.Detect(lines, new Sender("camille.rousseau@helios-gestion.fr", "Camille Rousseau"));

        Assert.NotNull(span);
        Assert.Equal(lines.Length - 3, span.Start);
        Assert.Equal(3, span.Length);
    }
}
