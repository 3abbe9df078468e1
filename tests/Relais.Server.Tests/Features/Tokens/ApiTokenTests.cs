using System.Net;
using System.Net.Http.Headers;
using Relais.Server.Tests.Infrastructure;

namespace Relais.Server.Tests.Features.Tokens;

public sealed class ApiTokenTests(RelaisFactory factory) : IClassFixture<RelaisFactory>
{
    [Fact]
    public async Task Create_Admin_ShowsTheSecretOnceAndStoresOnlyItsHash()
    {
        var team = await factory.CreateTeamAsync();
        using var admin = factory.ClientFor(team.Admin);

        var created = await (await admin.PostJsonAsync("/api/v1/tokens", new { name = "cron", role = "admin", expires_in_days = 365 })).ReadJsonAsync();
        var secret = created["token"]!.GetValue<string>();
        var listed = await (await admin.GetAsync("/api/v1/tokens")).Content.ReadAsStringAsync();
        await using var db = factory.Database.CreateContext();
        var stored = await db.ApiTokens.FindAsync(created["id"]!.GetValue<Guid>());

        Assert.StartsWith("rls_", secret, StringComparison.Ordinal);
        Assert.Equal(factory.Time.GetUtcNow().AddDays(365), created["expires_at"]!.GetValue<DateTimeOffset>());
        Assert.DoesNotContain(secret, listed, StringComparison.Ordinal);
        Assert.Contains(secret[..12], listed, StringComparison.Ordinal);
        Assert.NotEqual(secret, stored!.TokenHash);
        Assert.Equal(64, stored.TokenHash.Length);
        Assert.Equal(team.Admin.Id, db.AuditLog.Single(a => a.EntityId == stored.Id && a.Action == "api_token.created").UserId);
    }

    [Fact]
    public async Task Token_UsedAsBearer_ActsForItsTeamWithItsRole()
    {
        var team = await factory.CreateTeamAsync();
        var secret = await CreateTokenAsync(team, "member", null);
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);

        var me = await (await client.GetAsync("/api/v1/auth/me")).ReadJsonAsync();
        var write = await client.PostJsonAsync("/api/v1/people", new { last_name = "Garnier" });

        var listed = await (await factory.ClientFor(team.Admin).GetAsync("/api/v1/tokens")).ReadJsonAsync();

        Assert.Equal(team.Id, me["team_id"]!.GetValue<Guid>());
        Assert.Equal("member", me["role"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Equal(factory.Time.GetUtcNow(), Assert.Single(listed.AsArray())!["last_used_at"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task Token_Revoked_Returns401()
    {
        var team = await factory.CreateTeamAsync();
        using var admin = factory.ClientFor(team.Admin);
        var created = await (await admin.PostJsonAsync("/api/v1/tokens", new { name = "script" })).ReadJsonAsync();
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", created["token"]!.GetValue<string>());
        var before = await client.GetAsync("/api/v1/people");

        var revoke = await admin.DeleteAsync($"/api/v1/tokens/{created["id"]}");
        var after = await client.GetAsync("/api/v1/people");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task Token_Expired_Returns401()
    {
        var team = await factory.CreateTeamAsync();
        var secret = await CreateTokenAsync(team, "admin", 1);
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        var before = await client.GetAsync("/api/v1/people");

        factory.Time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromSeconds(1));
        var after = await client.GetAsync("/api/v1/people");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task Token_Unknown_Returns401()
    {
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "rls_thisTokenWasNeverIssuedByRelais000000000");

        var response = await client.GetAsync("/api/v1/people");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<string> CreateTokenAsync(TestTeam team, string role, int? days)
    {
        using var admin = factory.ClientFor(team.Admin);
        var response = await admin.PostJsonAsync("/api/v1/tokens", new { name = "cron", role, expires_in_days = days });
        return (await response.ReadJsonAsync())["token"]!.GetValue<string>();
    }
}
