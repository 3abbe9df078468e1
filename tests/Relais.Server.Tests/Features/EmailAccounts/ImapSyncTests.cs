using System.Net;
using System.Text.Json.Nodes;
using MailKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Relais.Data.Model;
using Relais.Server.Features.EmailAccounts;
using Relais.Server.Features.Tenancy;
using Relais.Server.Jobs;
using Relais.Server.Tests.Infrastructure;

namespace Relais.Server.Tests.Features.EmailAccounts;

/// <summary>Mailboxes on a real Dovecot, synced through the API, the sync service and the periodic job.</summary>
public sealed class ImapSyncTests(ImapFactory factory, DovecotServer dovecot) : IClassFixture<ImapFactory>, IClassFixture<DovecotServer>
{
    [Fact]
    public async Task Test_RightPassword_ListsTheInboxAndTheSpecialUseSentFolder()
    {
        var (client, _, mailbox) = await SetUpAsync();
        await dovecot.AppendAsync(mailbox, "Sent", ImapMail.Sent(mailbox.User));
        var id = await CreateAccountAsync(client, mailbox);

        var response = await client.PostAsync($"/api/v1/email-accounts/{id}/test", null);
        var body = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body["ok"]!.GetValue<bool>());
        Assert.Null(body["error"]);
        Assert.Equal(["INBOX:inbox", "Sent:sent"], Folders(body));
    }

    [Fact]
    public async Task Test_WrongPassword_IsOkFalseWithAPlainMessage()
    {
        var (client, _, mailbox) = await SetUpAsync();
        var id = await CreateAccountAsync(client, mailbox with { Password = "pas-le-bon" });

        var response = await client.PostAsync($"/api/v1/email-accounts/{id}/test", null);
        var body = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(body["ok"]!.GetValue<bool>());
        Assert.StartsWith("Authentication failed", body["error"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(body["folders"]!.AsArray());
    }

    [Fact]
    public async Task Test_NothingListening_IsOkFalseNot500()
    {
        var (client, _, mailbox) = await SetUpAsync();
        var id = await CreateAccountAsync(client, mailbox, port: DovecotServer.FreePort());

        var body = await (await client.PostAsync($"/api/v1/email-accounts/{id}/test", null)).ReadJsonAsync();

        Assert.False(body["ok"]!.GetValue<bool>());
        Assert.Equal("Cannot reach the server (ConnectionRefused).", body["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Sync_FirstRun_StoresInboxAsPendingAndSentAsOutboundSkipped()
    {
        var (client, team, mailbox) = await SetUpAsync();
        var inboxUids = await dovecot.AppendAsync(mailbox, "INBOX", ImapMail.Inbound(3));
        await dovecot.AppendAsync(mailbox, "Sent", ImapMail.Sent(mailbox.User));
        var id = await CreateAccountAsync(client, mailbox);

        var response = await client.PostAsync($"/api/v1/email-accounts/{id}/sync", null);
        var body = await response.ReadJsonAsync();
        await using var db = factory.Database.CreateContext();
        var emails = await db.EmailMessages.Where(e => e.TeamId == team.Id).OrderBy(e => e.ExternalId).ToListAsync();
        var account = await (await client.GetAsync($"/api/v1/email-accounts/{id}")).ReadJsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body["ok"]!.GetValue<bool>());
        Assert.Equal((4, 4, 0), Totals(body));
        Assert.Equal([$"INBOX/{inboxUids[0]}", $"INBOX/{inboxUids[1]}", $"INBOX/{inboxUids[2]}", "Sent/1"], emails.Select(e => e.ExternalId));
        Assert.All(emails, e => Assert.Equal(id, e.AccountId));
        Assert.All(emails.Take(3), e => Assert.Equal((MessageDirection.Inbound, AnalysisState.Pending), (e.Direction, e.AnalysisState)));
        Assert.Equal((MessageDirection.Outbound, AnalysisState.Skipped), (emails[3].Direction, emails[3].AnalysisState));
        Assert.Equal(new DateTimeOffset(2025, 6, 2, 8, 7, 0, TimeSpan.Zero), emails[0].ReceivedAt);
        Assert.Equal(mailbox.User, account["address"]!.GetValue<string>());
        Assert.Null(account["last_error"]);
        Assert.NotNull(account["last_sync_at"]);
        var states = account["folder_states"]!.AsArray();
        Assert.Equal(["INBOX:inbox:3", "Sent:sent:1"], states.Select(s => $"{s!["path"]}:{s["role"]}:{s["last_uid"]}"));
        Assert.All(states, s => Assert.True(s!["uid_validity"]!.GetValue<long>() > 0));
        Assert.Equal((3, 0), await CountAndSeenAsync(mailbox, "INBOX"));
    }

    [Fact]
    public async Task Sync_SecondRun_FetchesNothingAgain()
    {
        var (client, team, mailbox) = await SetUpAsync();
        await dovecot.AppendAsync(mailbox, "INBOX", ImapMail.Inbound(3));
        var id = await CreateAccountAsync(client, mailbox);
        await client.PostAsync($"/api/v1/email-accounts/{id}/sync", null);

        var second = await (await client.PostAsync($"/api/v1/email-accounts/{id}/sync", null)).ReadJsonAsync();
        await using var db = factory.Database.CreateContext();

        Assert.True(second["ok"]!.GetValue<bool>());
        Assert.Equal((0, 0, 0), Totals(second));
        Assert.Equal(3, await db.EmailMessages.CountAsync(e => e.TeamId == team.Id));
    }

    [Fact]
    public async Task Sync_MailArrivingLater_IsFetchedIncrementally()
    {
        var (client, team, mailbox) = await SetUpAsync();
        await dovecot.AppendAsync(mailbox, "INBOX", ImapMail.Inbound(2));
        var id = await CreateAccountAsync(client, mailbox);
        await client.PostAsync($"/api/v1/email-accounts/{id}/sync", null);
        var later = await dovecot.AppendAsync(mailbox, "INBOX", ImapMail.Inbound(), ImapMail.Inbound());

        var body = await (await client.PostAsync($"/api/v1/email-accounts/{id}/sync", null)).ReadJsonAsync();
        await using var db = factory.Database.CreateContext();

        Assert.Equal((2, 2, 0), Totals(body));
        Assert.Equal(4, await db.EmailMessages.CountAsync(e => e.TeamId == team.Id));
        Assert.Equal(later[1], (await db.EmailFolders.SingleAsync(f => f.AccountId == id)).LastUid);
    }

    [Fact]
    public async Task Sync_StoringFailsOnSecondBatch_KeepsTheFirstAndResumesAfterIt()
    {
        var (client, team, mailbox) = await SetUpAsync();
        await dovecot.AppendAsync(mailbox, "INBOX", ImapMail.Inbound(5));
        var id = await CreateAccountAsync(client, mailbox);

        JsonNode interrupted;
        await IngestionFault.RefuseBeyondAsync(factory.Database, team.Id, ImapFactory.BatchSize);
        try
        {
            interrupted = await (await client.PostAsync($"/api/v1/email-accounts/{id}/sync", null)).ReadJsonAsync();
        }
        finally
        {
            await factory.Fault.DisarmAsync(factory.Database);
        }

        await using var db = factory.Database.CreateContext();
        var afterFailure = (await db.EmailFolders.AsNoTracking().SingleAsync(f => f.AccountId == id)).LastUid;
        var lastError = (await db.EmailAccounts.AsNoTracking().SingleAsync(a => a.Id == id)).LastError;
        var resumed = await (await client.PostAsync($"/api/v1/email-accounts/{id}/sync", null)).ReadJsonAsync();

        Assert.False(interrupted["ok"]!.GetValue<bool>());
        Assert.Equal(ImapFactory.BatchSize, interrupted["stored"]!.GetValue<int>());
        Assert.Equal(ImapFactory.BatchSize, afterFailure);
        Assert.StartsWith("INBOX: The database refused to store the messages", lastError, StringComparison.Ordinal);
        Assert.Equal((3, 3, 0), Totals(resumed));
        Assert.Equal(5, await db.EmailMessages.CountAsync(e => e.TeamId == team.Id));
        Assert.Equal(5, await db.EmailMessages.Where(e => e.TeamId == team.Id).Select(e => e.ExternalId).Distinct().CountAsync());
        Assert.Null((await db.EmailAccounts.AsNoTracking().SingleAsync(a => a.Id == id)).LastError);
    }

    [Fact]
    public async Task Sync_CancelledRightAfterABatchIsStored_ResumesWithoutLossOrDuplicates()
    {
        var (client, team, mailbox) = await SetUpAsync();
        await dovecot.AppendAsync(mailbox, "INBOX", ImapMail.Inbound(5));
        var id = await CreateAccountAsync(client, mailbox);
        using var stop = new CancellationTokenSource();

        factory.Fault.CancelOnceStored(factory.Database, team.Id, ImapFactory.BatchSize, stop);
        try
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => SyncDirectlyAsync(team.Id, id, stop.Token));
        }
        finally
        {
            await factory.Fault.DisarmAsync(factory.Database);
        }

        await using var db = factory.Database.CreateContext();
        var storedBeforeStop = await db.EmailMessages.CountAsync(e => e.TeamId == team.Id);
        var resumed = await SyncDirectlyAsync(team.Id, id, CancellationToken.None);

        // The stop came between storing the batch and recording it: the batch is read again and recognised.
        Assert.Equal(ImapFactory.BatchSize, storedBeforeStop);
        Assert.Equal((5, 3, 2), (resumed!.Fetched, resumed.Stored, resumed.Duplicates));
        Assert.Equal(5, await db.EmailMessages.CountAsync(e => e.TeamId == team.Id));
    }

    [Fact]
    public async Task Sync_UidValidityChanged_ReadsTheFolderAgainAndStoresNoDuplicate()
    {
        var (client, team, mailbox) = await SetUpAsync();
        await dovecot.AppendAsync(mailbox, "INBOX", ImapMail.Inbound(3));
        var id = await CreateAccountAsync(client, mailbox);
        await client.PostAsync($"/api/v1/email-accounts/{id}/sync", null);
        long serverValidity;
        await using (var setup = factory.Database.CreateContext())
        {
            var state = await setup.EmailFolders.SingleAsync(f => f.AccountId == id);
            serverValidity = state.UidValidity!.Value;
            state.UidValidity = serverValidity + 1;
            state.LastUid = 1000;
            await setup.SaveChangesAsync();
        }

        var body = await (await client.PostAsync($"/api/v1/email-accounts/{id}/sync", null)).ReadJsonAsync();
        await using var db = factory.Database.CreateContext();
        var after = await db.EmailFolders.AsNoTracking().SingleAsync(f => f.AccountId == id);

        Assert.True(body["folders"]![0]!["reset"]!.GetValue<bool>());
        Assert.Equal((3, 0, 3), Totals(body));
        Assert.Equal((serverValidity, 3L), (after.UidValidity!.Value, after.LastUid));
        Assert.Equal(3, await db.EmailMessages.CountAsync(e => e.TeamId == team.Id));
    }

    [Fact]
    public async Task Sync_NoSpecialUseFolder_FindsTheSentFolderByItsFrenchName()
    {
        var (client, team, mailbox) = await SetUpAsync();
        await dovecot.AppendAsync(mailbox, "Éléments envoyés", ImapMail.Sent(mailbox.User));
        await dovecot.AppendAsync(mailbox, "Archives", ImapMail.Inbound());
        var id = await CreateAccountAsync(client, mailbox);

        var test = await (await client.PostAsync($"/api/v1/email-accounts/{id}/test", null)).ReadJsonAsync();
        var sync = await (await client.PostAsync($"/api/v1/email-accounts/{id}/sync", null)).ReadJsonAsync();
        await using var db = factory.Database.CreateContext();
        var email = await db.EmailMessages.SingleAsync(e => e.TeamId == team.Id);

        Assert.Equal(["INBOX:inbox", "Éléments envoyés:sent"], Folders(test));
        Assert.Equal((1, 1, 0), Totals(sync));
        Assert.Equal(MessageDirection.Outbound, email.Direction);
        Assert.Equal("Éléments envoyés/1", email.ExternalId);
    }

    [Fact]
    public async Task Sync_ConfiguredFolders_ReadsExactlyThose()
    {
        var (client, team, mailbox) = await SetUpAsync();
        await dovecot.AppendAsync(mailbox, "INBOX", ImapMail.Inbound());
        await dovecot.AppendAsync(mailbox, "Sent", ImapMail.Sent(mailbox.User));
        await dovecot.AppendAsync(mailbox, "Prospects", ImapMail.Inbound(), ImapMail.Inbound());
        var id = await CreateAccountAsync(client, mailbox, folders: ["Prospects"]);

        var body = await (await client.PostAsync($"/api/v1/email-accounts/{id}/sync", null)).ReadJsonAsync();
        await using var db = factory.Database.CreateContext();

        Assert.Equal(["Prospects:other"], body["folders"]!.AsArray().Select(f => $"{f!["path"]}:{f["role"]}"));
        Assert.Equal((2, 2, 0), Totals(body));
        Assert.All(await db.EmailMessages.Where(e => e.TeamId == team.Id).ToListAsync(), e => Assert.StartsWith("Prospects/", e.ExternalId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sync_MissingConfiguredFolder_RecordsAPlainErrorOnTheAccount()
    {
        var (client, _, mailbox) = await SetUpAsync();
        var id = await CreateAccountAsync(client, mailbox, folders: ["Dossier inconnu"]);

        var body = await (await client.PostAsync($"/api/v1/email-accounts/{id}/sync", null)).ReadJsonAsync();
        var account = await (await client.GetAsync($"/api/v1/email-accounts/{id}")).ReadJsonAsync();

        Assert.False(body["ok"]!.GetValue<bool>());
        Assert.Equal("The folder 'Dossier inconnu' does not exist on the server.", account["last_error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Sync_WrongPassword_RecordsAShortErrorWithoutTheAddress()
    {
        var (client, _, mailbox) = await SetUpAsync();
        var id = await CreateAccountAsync(client, mailbox with { Password = "pas-le-bon" });

        var response = await client.PostAsync($"/api/v1/email-accounts/{id}/sync", null);
        var account = await (await client.GetAsync($"/api/v1/email-accounts/{id}")).ReadJsonAsync();
        var error = account["last_error"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False((await response.ReadJsonAsync())["ok"]!.GetValue<bool>());
        Assert.Equal("Authentication failed: the server refused the user name or password.", error);
        Assert.DoesNotContain(mailbox.User, error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(factory.Logs.GetSnapshot(), log => log.Message.Contains(mailbox.User, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Sync_WithoutConsent_Returns409AndReadsNothing()
    {
        var (client, team, mailbox) = await SetUpAsync();
        await dovecot.AppendAsync(mailbox, "INBOX", ImapMail.Inbound());
        var id = await CreateAccountAsync(client, mailbox, consent: false);

        var response = await client.PostAsync($"/api/v1/email-accounts/{id}/sync", null);
        await using var db = factory.Database.CreateContext();

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.False(await db.EmailMessages.AnyAsync(e => e.TeamId == team.Id));
    }

    [Fact]
    public async Task JobTick_SeveralTeams_SyncsEachActiveMailboxAndOneFailureStopsNoOther()
    {
        var (clientA, teamA, broken) = await SetUpAsync();
        var (clientB, teamB, working) = await SetUpAsync();
        var (_, _, paused) = await SetUpAsync();
        await dovecot.AppendAsync(working, "INBOX", ImapMail.Inbound(3));
        await dovecot.AppendAsync(paused, "INBOX", ImapMail.Inbound());
        var brokenId = await CreateAccountAsync(clientA, broken with { Password = "pas-le-bon" });
        var pausedId = await CreateAccountAsync(clientA, paused, active: false);
        var workingId = await CreateAccountAsync(clientB, working);

        await factory.Services.GetServices<IHostedService>().OfType<MailSyncJob>().Single().TickAsync(CancellationToken.None);
        await using var db = factory.Database.CreateContext();
        var accounts = await db.EmailAccounts.AsNoTracking().Where(a => a.Id == brokenId || a.Id == pausedId || a.Id == workingId).ToDictionaryAsync(a => a.Id);

        Assert.Equal(3, await db.EmailMessages.CountAsync(e => e.TeamId == teamB.Id && e.AccountId == workingId));
        Assert.False(await db.EmailMessages.AnyAsync(e => e.TeamId == teamA.Id));
        Assert.StartsWith("Authentication failed", accounts[brokenId].LastError, StringComparison.Ordinal);
        Assert.Null(accounts[pausedId].LastSyncAt);
        Assert.Null(accounts[workingId].LastError);
        Assert.NotNull(accounts[workingId].LastSyncAt);
    }

    private async Task<(HttpClient Client, TestTeam Team, (string User, string Password) Mailbox)> SetUpAsync()
    {
        var team = await factory.CreateTeamAsync();
        return (factory.ClientFor(team.Admin), team, dovecot.AddUser());
    }

    private async Task<Guid> CreateAccountAsync(
        HttpClient client, (string User, string Password) mailbox, int? port = null, string[]? folders = null, bool consent = true, bool active = true) =>
        await client.CreateAsync("/api/v1/email-accounts", new
        {
            name = "Boîte de Camille",
            host = DovecotServer.Host,
            port = port ?? dovecot.Port,
            tls_mode = "none",
            username = mailbox.User,
            password = mailbox.Password,
            folders = folders ?? [],
            consent,
            active,
        });

    private async Task<SyncReport?> SyncDirectlyAsync(Guid teamId, Guid accountId, CancellationToken cancellationToken)
    {
        await using var scope = factory.Services.GetRequiredService<TeamScopes>().ForTeam(teamId);
        var account = await scope.ServiceProvider.GetRequiredService<Relais.Data.RelaisDbContext>().EmailAccounts.AsNoTracking().SingleAsync(a => a.Id == accountId, CancellationToken.None);
        return await scope.ServiceProvider.GetRequiredService<MailSync>().SyncAsync(account, cancellationToken);
    }

    /// <summary>What the sync left on the server: the folder's messages, and how many of them it marked read (none, it only reads).</summary>
    private async Task<(int Count, int Seen)> CountAndSeenAsync((string User, string Password) mailbox, string path)
    {
        using var imap = await dovecot.ConnectAsync(mailbox);
        var folder = await imap.GetFolderAsync(path);
        await folder.OpenAsync(FolderAccess.ReadOnly);
        var summaries = await folder.FetchAsync(0, -1, new FetchRequest(MessageSummaryItems.Flags));
        return (summaries.Count, summaries.Count(s => s.Flags?.HasFlag(MessageFlags.Seen) == true));
    }

    private static IEnumerable<string> Folders(JsonNode body) => body["folders"]!.AsArray().Select(f => $"{f!["path"]}:{f["role"]}");

    private static (int Fetched, int Stored, int Duplicates) Totals(JsonNode body) =>
        (body["fetched"]!.GetValue<int>(), body["stored"]!.GetValue<int>(), body["duplicates"]!.GetValue<int>());
}
