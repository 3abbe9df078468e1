using Relais.Demo.Mailbox;

namespace Relais.Demo.Tests.Engine;

/// <summary>
/// The engine against the demo mailbox, whose roster knows every sender's true fields: on every human
/// inbound message with a signature (the full block or a first name), each contact field must agree with
/// what the generator wrote, in French and English, over two different mailboxes.
/// </summary>
public sealed class DemoSignatureAgreementTests
{
    private static readonly DateTimeOffset Now = new(2025, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<DemoSignatureAgreement> Measured = new(() =>
        DemoSignatureAgreement.Measure(DemoMailbox.Generate(Now).Concat(DemoMailbox.Generate(Now.AddDays(-200), 7))));

    public static TheoryData<string> Fields => new(DemoSignatureTruth.FieldNames);

    [Theory]
    [MemberData(nameof(Fields))]
    public void Analyze_DemoInboundSignatures_FieldAgreesWithRoster(string field)
    {
        var agreement = Measured.Value;
        var (precision, recall, _) = agreement.Of(field);

        Assert.True(precision >= 0.97 && recall >= 0.95, agreement.Report(field));
    }

    [Fact]
    public void Analyze_DemoInboundMail_MostSignedMessagesMeasured()
    {
        var agreement = Measured.Value;

        Assert.True(agreement.Signed >= 200 && agreement.Signed * 10 >= agreement.HumanInbound * 7, agreement.Report());
    }

    [Fact]
    public void Analyze_DemoInboundMail_TextHoldsNoSignatureOrQuotedLine()
    {
        var agreement = Measured.Value;

        Assert.True(agreement.CleanText * 100 >= agreement.HumanInbound * 98,
            agreement.Report() + string.Join('\n', agreement.DirtyTexts.Take(15)));
    }
}
