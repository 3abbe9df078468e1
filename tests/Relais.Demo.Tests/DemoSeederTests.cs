using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Relais.Server.Features.Emails;
using Relais.Data.Model;

namespace Relais.Demo.Tests;

public sealed class DemoSeederTests(SeededDemoDatabase database) : IClassFixture<SeededDemoDatabase>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SeedAsync_EmptyDatabase_CreatesTeamCrmAndMailbox()
    {
        var result = database.FirstRun;

        Assert.True(result.Created);
        Assert.InRange(result.People, 38, 46);
        Assert.InRange(result.Organisations, 14, 16);
        Assert.True(result.Emails >= 300, $"{result.Emails} emails");
        await using var check = database.NewContext();
        Assert.Equal(result.People, await check.People.CountAsync(Cancel));
        Assert.Equal(result.Organisations, await check.Organisations.CountAsync(Cancel));
        Assert.Equal(result.Emails, await check.EmailMessages.CountAsync(Cancel));
        Assert.Equal(result.People, await check.PersonOrganisationLinks.CountAsync(Cancel));
        var team = await check.Teams.SingleAsync(Cancel);
        Assert.Equal(("Démo", "Europe/Paris", "FR"), (team.Name, team.Timezone, team.DefaultPhoneRegion));
        Assert.Contains("relais-demo.fr", team.OwnDomains);
        var roles = await check.Users.Select(u => u.Role).ToListAsync(Cancel);
        Assert.Equal([Role.Member, Role.Manager, Role.Admin], roles.Order());
    }

    [Fact]
    public async Task SeedAsync_InboundMail_IsCountedAsReceived()
    {
        await using var check = database.NewContext();
        var inbound = await check.EmailMessages.CountAsync(e => e.Direction == MessageDirection.Inbound, Cancel);

        Assert.True(inbound > 0);
        Assert.Equal(inbound, await check.EmailMetricsDaily.SumAsync(d => d.Received, Cancel));
        Assert.Equal(inbound, await check.EmailSenders.SumAsync(s => s.Emails, Cancel));
    }

    [Fact]
    public async Task SeedAsync_EveryRow_CarriesTheDemoTeamId()
    {
        await using var check = database.NewContext();
        var teamId = (await check.Teams.SingleAsync(Cancel)).Id;
        var owners = new List<Guid>();
        owners.AddRange(await check.Users.Select(x => x.TeamId).ToListAsync(Cancel));
        owners.AddRange(await check.People.Select(x => x.TeamId).ToListAsync(Cancel));
        owners.AddRange(await check.Organisations.Select(x => x.TeamId).ToListAsync(Cancel));
        owners.AddRange(await check.PersonOrganisationLinks.Select(x => x.TeamId).ToListAsync(Cancel));
        owners.AddRange(await check.EmailMessages.Select(x => x.TeamId).ToListAsync(Cancel));

        Assert.True(owners.Count > 400, $"{owners.Count} rows");
        Assert.All(owners, id => Assert.Equal(teamId, id));
    }

    [Theory]
    [InlineData("admin@demo.relais", "relais-demo")]
    [InlineData("camille.bertrand@relais-demo.fr", "relais-demo-manager")]
    [InlineData("thomas.lefevre@relais-demo.fr", "relais-demo-member")]
    public async Task SeedAsync_UserPasswords_VerifyWithPasswordHasher(string email, string password)
    {
        await using var check = database.NewContext();
        var user = await check.Users.SingleAsync(u => u.Email == email, Cancel);
        var hasher = new PasswordHasher<User>();

        Assert.Equal(PasswordVerificationResult.Success, hasher.VerifyHashedPassword(user, user.PasswordHash, password));
        Assert.Equal(PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(user, user.PasswordHash, password + "x"));
    }

    [Fact]
    public async Task SeedAsync_SecondRun_CreatesNothing()
    {
        await using var again = database.NewContext();
        var result = await new DemoSeeder(again, database.Time).SeedAsync(Cancel);

        Assert.Equal(new DemoSeedResult(false, 0, 0, 0), result);
        Assert.Equal(1, await again.Teams.CountAsync(Cancel));
        Assert.Equal(3, await again.Users.CountAsync(Cancel));
    }

    [Fact]
    public async Task SeedAsync_EmailRows_MatchTheirRawMime()
    {
        await using var check = database.NewContext();
        var rows = await check.EmailMessages.ToListAsync(Cancel);
        var contents = await check.EmailContents.ToDictionaryAsync(c => c.EmailMessageId, Cancel);

        Assert.All(rows, row =>
        {
            var content = contents[row.Id];
            var message = MimeMessage.Load(new MemoryStream(content.RawMime!), Cancel);
            Assert.Equal("<" + message.MessageId + ">", row.MessageIdHeader);
            Assert.Equal(message.Subject, row.Subject);
            Assert.Equal(message.From.Mailboxes.First().Address.ToLowerInvariant(), row.FromEmail);
            Assert.Equal(MailIngestor.ContentHashOf(content.RawMime!), row.ContentHash);
            Assert.Equal(row.Direction == MessageDirection.Outbound ? AnalysisState.Skipped : AnalysisState.Pending, row.AnalysisState);
            Assert.InRange(row.SentAt!.Value, SeededDemoDatabase.Now.AddDays(-90), SeededDemoDatabase.Now);
            Assert.Equal(TimeSpan.Zero, row.SentAt.Value.Offset);
            Assert.True(content.TextBody is not null || content.HtmlBody is not null, row.ExternalId);
        });
        Assert.Equal(rows.Count, rows.Select(r => r.MessageIdHeader).Distinct().Count());
        Assert.Contains(rows, r => r.Direction == MessageDirection.Outbound && r.FromEmail == "camille.bertrand@relais-demo.fr");
        Assert.Contains(rows, r => r.Direction == MessageDirection.Outbound && r.FromEmail == "thomas.lefevre@relais-demo.fr");
    }

    [Fact]
    public async Task SeedAsync_ContactsWhoseTitleChanged_CrmLagsBehindTheirSignature()
    {
        await using var check = database.NewContext();
        var julien = await check.People.SingleAsync(p => p.Email == "julien.roussel@banque-valmont.fr", Cancel);
        var hisMail = await check.EmailMessages.Where(m => m.FromEmail == julien.Email)
            .Join(check.EmailContents, m => m.Id, c => c.EmailMessageId, (m, c) => c.TextBody).ToListAsync(Cancel);

        Assert.Equal("Analyste sélection de fonds", julien.JobTitle);
        Assert.Contains(hisMail, body => body != null && body.Contains("Responsable sélection de fonds", StringComparison.Ordinal));
    }
}
