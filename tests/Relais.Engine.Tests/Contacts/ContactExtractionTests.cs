namespace Relais.Engine.Tests.Contacts;

public sealed class ContactExtractionTests
{
    public static TheoryData<string> French => new(FrenchContactCases.All.Keys);

    public static TheoryData<string> English => new(EnglishContactCases.All.Keys);

    public static TheoryData<string> FrenchStyles => new(FrenchSignatureStyles.All.Keys);

    public static TheoryData<string> EnglishStyles => new(EnglishSignatureStyles.All.Keys);

    [Theory]
    [MemberData(nameof(FrenchStyles))]
    public void AnalyzeText_FrenchSignatureStyle_EveryFieldRight(string id) => Check(FrenchSignatureStyles.All[id]);

    [Theory]
    [MemberData(nameof(EnglishStyles))]
    public void AnalyzeText_EnglishSignatureStyle_EveryFieldRight(string id) => Check(EnglishSignatureStyles.All[id]);

    [Theory]
    [MemberData(nameof(French))]
    public void AnalyzeText_FrenchSignature_EveryFieldRight(string id) => Check(FrenchContactCases.All[id]);

    [Theory]
    [MemberData(nameof(English))]
    public void AnalyzeText_EnglishSignature_EveryFieldRight(string id) => Check(EnglishContactCases.All[id]);

    [Fact]
    public void AnalyzeText_SameSignatureTwice_SameFields()
    {
        var c = FrenchContactCases.All["helios-crm-paste"];
        var analyzer = new EmailAnalyzer(new AnalyzerOptions { DefaultRegion = c.Region });
        var first = analyzer.AnalyzeText(c.Body, null, new Sender(c.FromEmail, c.FromName));
        var second = analyzer.AnalyzeText(c.Body, null, new Sender(c.FromEmail, c.FromName));

        Assert.Equal(first.Contact, second.Contact);
    }

    private static void Check(ContactCase c)
    {
        var analyzer = new EmailAnalyzer(new AnalyzerOptions { DefaultRegion = c.Region });
        var analysis = analyzer.AnalyzeText(c.Body, null, new Sender(c.FromEmail, c.FromName));
        var wrong = c.Expectations()
            .Select(e => (e.Field, e.Value, Actual: ContactCase.Actual(analysis, e.Field)))
            .Where(e => e.Value != e.Actual)
            .Select(e => $"{e.Field}: expected «{e.Value}», got «{e.Actual}»")
            .ToList();

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }
}
