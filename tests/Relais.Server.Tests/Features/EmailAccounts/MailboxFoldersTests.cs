using Relais.Server.Features.EmailAccounts;

namespace Relais.Server.Tests.Features.EmailAccounts;

public sealed class MailboxFoldersTests
{
    [Theory]
    [InlineData("Sent", '/')]
    [InlineData("Sent Items", '/')]
    [InlineData("sent messages", '.')]
    [InlineData("SENT MAIL", '/')]
    [InlineData("Envoyés", '/')]
    [InlineData("Éléments envoyés", '/')]
    [InlineData("éléments ENVOYÉS", '/')]
    [InlineData("Messages envoyés", '.')]
    [InlineData("INBOX.Sent", '.')]
    [InlineData("INBOX/Envoyés", '/')]
    [InlineData("inbox.Sent Items", '.')]
    public void IsSentName_UsualSentFolderNames_AreRecognised(string name, char separator) =>
        Assert.True(MailboxFolders.IsSentName(name, separator));

    [Theory]
    [InlineData("INBOX", '/')]
    [InlineData("Brouillons", '/')]
    [InlineData("Drafts", '.')]
    [InlineData("Archives/Sent", '/')]
    [InlineData("Sent-old", '/')]
    [InlineData("Envoyés 2024", '/')]
    [InlineData("Clients/Envoyés", '/')]
    public void IsSentName_OtherFolders_AreNot(string name, char separator) => Assert.False(MailboxFolders.IsSentName(name, separator));

    [Fact]
    public void IsSentName_DecomposedAccents_MatchTheComposedName() =>
        Assert.True(MailboxFolders.IsSentName("E\u0301le\u0301ments envoye\u0301s", '/'));
}
