using System.Net;
using Microsoft.EntityFrameworkCore;
using Relais.Data.Model;
using Relais.Server.Tests.Infrastructure;

namespace Relais.Server.Tests.Features.EmailAccounts;

/// <summary>The mailbox settings API: validation, defaults, and a password that never comes back.</summary>
public sealed class EmailAccountsTests(RelaisFactory factory) : IClassFixture<RelaisFactory>
{
    private const string Password = "Secret-Été-2025";

    [Fact]
    public async Task Create_Minimal_UsesTheDefaultsAndNeverReturnsThePassword()
    {
        using var client = await AdminAsync();

        var response = await client.PostJsonAsync("/api/v1/email-accounts", new { name = "Camille", host = "IMAP.Relais-Demo.fr", username = "Camille.Bertrand@relais-demo.fr", password = Password });
        var text = await response.Content.ReadAsStringAsync();
        var body = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(("imap.relais-demo.fr", 993, "tls"), (body["host"]!.GetValue<string>(), body["port"]!.GetValue<int>(), body["tls_mode"]!.GetValue<string>()));
        Assert.Equal("camille.bertrand@relais-demo.fr", body["address"]!.GetValue<string>());
        Assert.True(body["has_password"]!.GetValue<bool>());
        Assert.True(body["active"]!.GetValue<bool>());
        Assert.False(body["consent"]!.GetValue<bool>());
        Assert.Empty(body["folders"]!.AsArray());
        Assert.Empty(body["folder_states"]!.AsArray());
        Assert.Null(body["password"]);
        Assert.DoesNotContain(Password, text, StringComparison.Ordinal);
        Assert.DoesNotContain("encrypted", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_Password_IsStoredEncryptedAndAbsentFromEveryRead()
    {
        using var client = await AdminAsync();
        var id = await client.CreateAsync("/api/v1/email-accounts", Valid());

        var get = await (await client.GetAsync($"/api/v1/email-accounts/{id}")).Content.ReadAsStringAsync();
        var list = await (await client.GetAsync("/api/v1/email-accounts")).Content.ReadAsStringAsync();
        await using var db = factory.Database.CreateContext();
        var stored = (await db.EmailAccounts.SingleAsync(a => a.Id == id)).EncryptedSecret!;

        Assert.StartsWith("v1:", stored, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, stored, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, get, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, list, StringComparison.Ordinal);
        Assert.DoesNotContain(stored[3..20], get + list, StringComparison.Ordinal);
        Assert.Contains(id.ToString(), list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_PasswordOmittedKeepsIt_EmptyRemovesIt_NewOneReplacesIt()
    {
        using var client = await AdminAsync();
        var id = await client.CreateAsync("/api/v1/email-accounts", Valid());
        await using var db = factory.Database.CreateContext();
        async Task<string?> SecretAsync() => (await db.EmailAccounts.AsNoTracking().SingleAsync(a => a.Id == id)).EncryptedSecret;
        var original = await SecretAsync();

        var kept = await (await client.PutJsonAsync($"/api/v1/email-accounts/{id}", new { name = "Renommée", host = "imap.relais-demo.fr", username = "camille", tls_mode = "starttls" })).ReadJsonAsync();
        var afterKeep = await SecretAsync();
        await client.PutJsonAsync($"/api/v1/email-accounts/{id}", new { name = "Renommée", host = "imap.relais-demo.fr", username = "camille", password = "autre-secret" });
        var afterReplace = await SecretAsync();
        var removed = await (await client.PutJsonAsync($"/api/v1/email-accounts/{id}", new { name = "Renommée", host = "imap.relais-demo.fr", username = "camille", password = "" })).ReadJsonAsync();

        Assert.Equal(("Renommée", "starttls", 143), (kept["name"]!.GetValue<string>(), kept["tls_mode"]!.GetValue<string>(), kept["port"]!.GetValue<int>()));
        Assert.Null(kept["address"]);
        Assert.True(kept["has_password"]!.GetValue<bool>());
        Assert.Equal(original, afterKeep);
        Assert.NotEqual(original, afterReplace);
        Assert.False(removed["has_password"]!.GetValue<bool>());
        Assert.Null(await SecretAsync());
    }

    [Fact]
    public async Task Update_AnotherMailbox_ForgetsTheFolderStates()
    {
        using var client = await AdminAsync();
        var id = await client.CreateAsync("/api/v1/email-accounts", Valid());
        await using (var setup = factory.Database.CreateContext())
        {
            var account = await setup.EmailAccounts.SingleAsync(a => a.Id == id);
            setup.EmailFolders.Add(new EmailFolder { TeamId = account.TeamId, AccountId = id, Path = "INBOX", Role = FolderRole.Inbox, UidValidity = 7, LastUid = 120 });
            await setup.SaveChangesAsync();
        }

        var renamed = await (await client.PutJsonAsync($"/api/v1/email-accounts/{id}", Valid(name: "Autre nom"))).ReadJsonAsync();
        var moved = await (await client.PutJsonAsync($"/api/v1/email-accounts/{id}", Valid(host: "imap.nouveau-fournisseur.fr"))).ReadJsonAsync();

        Assert.Equal(120, renamed["folder_states"]![0]!["last_uid"]!.GetValue<long>());
        Assert.Empty(moved["folder_states"]!.AsArray());
    }

    [Theory]
    [InlineData("port", 0, "imap.relais-demo.fr", "tls")]
    [InlineData("port", 65536, "imap.relais-demo.fr", "tls")]
    [InlineData("host", 993, "", "tls")]
    [InlineData("host", 993, "imaps://imap.relais-demo.fr", "tls")]
    [InlineData("tls_mode", 143, "imap.relais-demo.fr", "none")]
    [InlineData("tls_mode", 143, "192.168.1.20", "none")]
    public async Task Create_InvalidSettings_Returns400NamingTheField(string field, int port, string host, string tlsMode)
    {
        using var client = await AdminAsync();

        var response = await client.PostJsonAsync("/api/v1/email-accounts", new { name = "Camille", host, port, tls_mode = tlsMode, username = "camille", password = Password });
        var errors = (await response.ReadJsonAsync())["errors"]!.AsObject();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], errors.Select(e => e.Key));
        if (field == "tls_mode")
        {
            Assert.Contains("127.0.0.1, ::1 or localhost", errors[field]![0]!.GetValue<string>(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("localhost")]
    public async Task Create_NoTlsOnThisMachine_IsAllowed(string host)
    {
        using var client = await AdminAsync();

        var response = await client.PostJsonAsync("/api/v1/email-accounts", new { name = "Dovecot local", host, port = 143, tls_mode = "none", username = "camille" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.False((await response.ReadJsonAsync())["has_password"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Create_UnknownTlsMode_Returns400()
    {
        using var client = await AdminAsync();

        var response = await client.PostJsonAsync("/api/v1/email-accounts", new { name = "Camille", host = "imap.relais-demo.fr", tls_mode = "ssl", username = "camille" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Delete_Account_IsGone()
    {
        using var client = await AdminAsync();
        var id = await client.CreateAsync("/api/v1/email-accounts", Valid());

        var deleted = await client.DeleteAsync($"/api/v1/email-accounts/{id}");
        var get = await client.GetAsync($"/api/v1/email-accounts/{id}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
    }

    [Fact]
    public async Task Test_NoPasswordSet_IsOkFalseWithoutConnecting()
    {
        using var client = await AdminAsync();
        var id = await client.CreateAsync("/api/v1/email-accounts", new { name = "Sans mot de passe", host = "127.0.0.1", port = 1, tls_mode = "none", username = "camille" });

        var body = await (await client.PostAsync($"/api/v1/email-accounts/{id}/test", null)).ReadJsonAsync();

        Assert.False(body["ok"]!.GetValue<bool>());
        Assert.Equal("No password is set for this account.", body["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Test_PasswordSealedUnderAnotherKey_IsOkFalseWithAClearMessage()
    {
        using var client = await AdminAsync();
        var id = await client.CreateAsync("/api/v1/email-accounts", Valid());
        await using (var setup = factory.Database.CreateContext())
        {
            var account = await setup.EmailAccounts.SingleAsync(a => a.Id == id);
            account.EncryptedSecret = "v1:" + Convert.ToBase64String(new byte[40]);
            await setup.SaveChangesAsync();
        }

        var response = await client.PostAsync($"/api/v1/email-accounts/{id}/test", null);
        var body = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(body["ok"]!.GetValue<bool>());
        Assert.StartsWith("The stored password cannot be decrypted with this server's key", body["error"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private async Task<HttpClient> AdminAsync() => factory.ClientFor((await factory.CreateTeamAsync()).Admin);

    private static object Valid(string name = "Boîte commerciale", string host = "imap.relais-demo.fr") =>
        new { name, host, port = 993, tls_mode = "tls", username = "camille.bertrand@relais-demo.fr", password = Password, consent = true };
}
