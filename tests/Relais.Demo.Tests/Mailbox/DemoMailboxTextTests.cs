using Relais.Demo.Mailbox;

namespace Relais.Demo.Tests.Mailbox;

/// <summary>The mailbox has the variety the engine must cope with: quote styles, signatures, footers.</summary>
public sealed class DemoMailboxTextTests
{
    private static readonly IReadOnlyList<string> Texts = [.. DemoMailbox.Generate(new DateTimeOffset(2025, 11, 20, 9, 0, 0, TimeSpan.Zero))
        .Where(e => e.Kind == DemoMailKind.Human)
        .Select(e => e.Message.Subject + "\n" + e.Message.TextBody + "\n" + e.Message.HtmlBody)];

    [Theory]
    [InlineData(" a écrit :")]
    [InlineData(" wrote:")]
    [InlineData("\nDe : ")]
    [InlineData("\nEnvoyé : ")]
    [InlineData("\nFrom: ")]
    [InlineData("\nSent: ")]
    [InlineData("-----Original Message-----")]
    [InlineData("-----Message d'origine-----")]
    [InlineData("<b>De&nbsp;:</b>")]
    [InlineData("class=\"gmail_quote\"")]
    [InlineData("<blockquote type=\"cite\">")]
    [InlineData("\n> ")]
    [InlineData("Envoyé de mon i")]
    [InlineData("Sent from my i")]
    public void Mailbox_QuoteAndClientMarker_Appears(string marker) => AssertAppears(marker, 2);

    [Theory]
    [InlineData("---------- Forwarded message ---------")]
    [InlineData("---------- Message transféré ---------")]
    [InlineData("Début du message réexpédié :")]
    [InlineData("TR : ")]
    public void Mailbox_ForwardMarker_Appears(string marker) => AssertAppears(marker, 1);

    [Theory]
    [InlineData("Tél. : ")]
    [InlineData("Port. : ")]
    [InlineData("Mob : ")]
    [InlineData("Fax : ")]
    [InlineData("\nT: +44")]
    [InlineData("M: +44")]
    [InlineData("Office: ")]
    [InlineData("CEDEX")]
    [InlineData("Cedex")]
    [InlineData("BP 4521")]
    [InlineData("linkedin.com/in/")]
    [InlineData("\n-- \n")]
    [InlineData(" | ")]
    [InlineData("+33 (0)1 99 00")]
    [InlineData("01.99.00.")]
    [InlineData("LE GOFF Pierre-Yves")]
    [InlineData("de MONTCLAIR Antoine")]
    [InlineData("Charles-Henri d'Aubigny")]
    [InlineData("New York, NY 10010")]
    [InlineData("London EC2V 6AA")]
    public void Mailbox_SignatureHabit_Appears(string marker) => AssertAppears(marker, 2);

    [Theory]
    [InlineData("Cordialement,")]
    [InlineData("Bien à vous,")]
    [InlineData("Best regards,")]
    [InlineData("Kind regards,")]
    [InlineData("Pensez à l'environnement avant d'imprimer")]
    [InlineData("Financial Conduct Authority")]
    [InlineData("CONFIDENTIALITY NOTICE")]
    public void Mailbox_ClosingOrDisclaimer_Appears(string marker) => AssertAppears(marker, 3);

    private static void AssertAppears(string marker, int atLeast)
    {
        var count = Texts.Count(t => t.Contains(marker, StringComparison.Ordinal));
        Assert.True(count >= atLeast, $"'{marker}' in {count} messages");
    }
}
