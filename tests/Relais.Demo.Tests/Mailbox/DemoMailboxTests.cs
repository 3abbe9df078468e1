using MimeKit;
using Relais.Demo.Mailbox;
using Relais.Demo.Roster;

namespace Relais.Demo.Tests.Mailbox;

public sealed class DemoMailboxTests
{
    private static readonly DateTimeOffset Now = new(2025, 11, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly IReadOnlyList<DemoEmail> Mailbox = DemoMailbox.Generate(Now);
    private static readonly IReadOnlyList<DemoEmail> Human = [.. Mailbox.Where(e => e.Kind == DemoMailKind.Human)];

    [Fact]
    public void Generate_SameSeed_ProducesIdenticalBytes()
    {
        var again = DemoMailbox.Generate(Now);

        Assert.Equal(Mailbox.Count, again.Count);
        Assert.Equal(Mailbox.Select(e => Raw(e.Message)), again.Select(e => Raw(e.Message)));
    }

    [Fact]
    public void Generate_OtherSeed_ProducesOtherMessages()
    {
        var other = DemoMailbox.Generate(Now, seed: 7);

        Assert.True(other.Count >= 300);
        Assert.Empty(other.Select(e => e.Message.MessageId).Intersect(Mailbox.Select(e => e.Message.MessageId)));
    }

    [Fact]
    public void Generate_RawMime_ParsesBackWithUniqueMessageIds()
    {
        var parsed = Mailbox.Select(e => MimeMessage.Load(new MemoryStream(Raw(e.Message)))).ToList();

        Assert.True(parsed.Count >= 300, $"{parsed.Count} messages");
        Assert.Equal(Mailbox.Select(e => e.Message.MessageId), parsed.Select(m => m.MessageId));
        Assert.Equal(parsed.Count, parsed.Select(m => m.MessageId).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(parsed, m => Assert.InRange(m.Date, Now.AddDays(-90), Now));
        Assert.All(parsed, m => Assert.NotNull(m.TextBody ?? m.HtmlBody));
    }

    [Theory]
    [InlineData("meeting_request", 20)]
    [InlineData("info_request", 20)]
    [InlineData("follow_up", 15)]
    [InlineData("introduction", 10)]
    [InlineData("quotation_request", 10)]
    [InlineData("closing", 6)]
    [InlineData("complaint", 6)]
    [InlineData("thank_you", 15)]
    [InlineData("unsubscribe", 5)]
    [InlineData("other", 20)]
    public void Generate_Intent_AppearsInHumanMail(string intent, int atLeast)
    {
        var count = Human.Count(e => e.Intent == intent);

        Assert.True(count >= atLeast, $"{intent}: {count}");
        Assert.True(count <= Human.Count / 3, $"{intent}: {count} of {Human.Count}");
    }

    [Theory]
    [InlineData("fr", 0.5)]
    [InlineData("en", 0.2)]
    public void Generate_Language_IsWellRepresented(string language, double share)
    {
        var count = Human.Count(e => e.Language == language);

        Assert.True(count >= share * Human.Count, $"{language}: {count} of {Human.Count}");
        Assert.Contains(Human, e => e.Language == language && e.Outbound);
    }

    [Fact]
    public void Generate_AutoReplies_AreRfc3834RepliesToOutboundMail()
    {
        var outboundIds = Mailbox.Where(e => e.Outbound).Select(e => e.Message.MessageId).ToHashSet();
        var replies = Mailbox.Where(e => e.Kind == DemoMailKind.AutoReply).ToList();

        Assert.True(replies.Count >= 10, $"{replies.Count} auto-replies");
        Assert.All(replies, e => Assert.Equal("auto-replied", e.Message.Headers["Auto-Submitted"]));
        Assert.All(replies, e => Assert.Contains(e.Message.InReplyTo, outboundIds));
        Assert.Contains(replies, e => e.Language == "fr");
        Assert.Contains(replies, e => e.Language == "en");
    }

    [Fact]
    public void Generate_Bounces_AreDeliveryStatusReports()
    {
        var bounces = Mailbox.Where(e => e.Kind == DemoMailKind.Bounce).ToList();

        Assert.True(bounces.Count >= 5, $"{bounces.Count} bounces");
        Assert.All(bounces, e =>
        {
            var report = Assert.IsType<MultipartReport>(e.Message.Body);
            Assert.Equal("delivery-status", report.ReportType);
            var status = Assert.Single(report.OfType<MessageDeliveryStatus>());
            Assert.StartsWith("5.", status.StatusGroups[1]["Status"], StringComparison.Ordinal);
            Assert.Equal("<>", e.Message.Headers["Return-Path"]);
            Assert.Matches("^(MAILER-DAEMON|postmaster)$", e.Message.From.Mailboxes.Single().LocalPart);
        });
    }

    [Fact]
    public void Generate_Newsletters_CarryListHeaders()
    {
        var bulk = Mailbox.Where(e => e.Kind == DemoMailKind.Bulk).ToList();

        Assert.True(bulk.Count >= 10, $"{bulk.Count} newsletters");
        Assert.All(bulk, e =>
        {
            Assert.Equal("bulk", e.Message.Headers["Precedence"]);
            Assert.StartsWith("<mailto:", e.Message.Headers["List-Unsubscribe"], StringComparison.Ordinal);
            Assert.NotNull(e.Message.Headers["List-Id"]);
        });
        Assert.Contains(bulk, e => e.Language == "fr");
        Assert.Contains(bulk, e => e.Language == "en");
    }

    [Fact]
    public void Generate_HumanMail_HasNoAutomatedHeaders()
    {
        Assert.All(Human, e =>
        {
            Assert.Null(e.Message.Headers["Auto-Submitted"]);
            Assert.Null(e.Message.Headers["List-Unsubscribe"]);
            Assert.Null(e.Message.Headers["Precedence"]);
        });
    }

    [Fact]
    public void Generate_Replies_ReferenceMessagesOfTheMailbox()
    {
        var ids = Mailbox.Select(e => e.Message.MessageId).ToHashSet();
        var replies = Human.Where(e => e.Message.InReplyTo is not null).ToList();

        Assert.True(replies.Count >= 60, $"{replies.Count} replies");
        Assert.All(replies, e => Assert.Contains(e.Message.InReplyTo, ids));
        Assert.All(replies, e => Assert.Equal(e.Message.InReplyTo, e.Message.References[^1]));
    }

    [Fact]
    public void Generate_Outbound_IsExactlyTheMailFromTheTeam()
    {
        Assert.All(Mailbox, e => Assert.Equal(
            e.Outbound, e.Message.From.Mailboxes.Single().Domain == DemoTeam.Domain && e.Kind == DemoMailKind.Human));
        Assert.True(Mailbox.Count(e => e.Outbound) >= 50);
    }

    [Fact]
    public void Generate_NewSenders_WriteToTheTeam()
    {
        var senders = Human.Select(e => e.Message.From.Mailboxes.Single().Address).ToHashSet();
        var unknown = DemoRoster.Active.Where(c => !c.InCrm).Select(c => c.Email).ToList();

        Assert.True(unknown.Count(senders.Contains) >= 3, string.Join(", ", unknown.Where(senders.Contains)));
    }

    [Theory]
    [InlineData("plain", 40)]
    [InlineData("alternative", 50)]
    [InlineData("html", 10)]
    public void Generate_BodyFormats_AreMixed(string format, int atLeast)
    {
        var count = Human.Count(e => FormatOf(e.Message) == format);

        Assert.True(count >= atLeast, $"{format}: {count}");
    }

    private static string FormatOf(MimeMessage message)
    {
        var body = message.Body is Multipart { ContentType.MediaSubtype: "mixed" } mixed ? mixed[0] : message.Body;
        return body switch
        {
            MultipartAlternative => "alternative",
            TextPart { IsHtml: true } => "html",
            _ => "plain",
        };
    }

    internal static byte[] Raw(MimeMessage message)
    {
        using var buffer = new MemoryStream();
        message.WriteTo(buffer);
        return buffer.ToArray();
    }
}
