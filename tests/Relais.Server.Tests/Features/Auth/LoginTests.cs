using System.Net;
using System.Net.Http.Headers;
using Relais.Data.Model;
using Relais.Server.Tests.Infrastructure;

namespace Relais.Server.Tests.Features.Auth;

public sealed class LoginTests(RelaisFactory factory) : IClassFixture<RelaisFactory>
{
    [Fact]
    public async Task Login_RightPassword_ReturnsBearerTokenCarryingUserTeamAndRole()
    {
        var team = await factory.CreateTeamAsync();
        var user = await factory.AddUserAsync(team.Id, $"claire.{team.Id:N}@acme.test", "correct horse battery", Role.Manager);
        using var client = factory.CreateClient();

        var response = await client.LoginAsync(user.Email, "correct horse battery");
        var body = await response.ReadJsonAsync();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body["access_token"]!.GetValue<string>());
        var me = await (await client.GetAsync("/api/v1/auth/me")).ReadJsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("bearer", body["token_type"]!.GetValue<string>());
        Assert.Equal(8 * 3600, body["expires_in"]!.GetValue<int>());
        Assert.Equal(user.Id, me["user_id"]!.GetValue<Guid>());
        Assert.Equal(team.Id, me["team_id"]!.GetValue<Guid>());
        Assert.Equal("manager", me["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task Login_EmailInOtherCase_IsTheSameAccount()
    {
        var team = await factory.CreateTeamAsync();
        await factory.AddUserAsync(team.Id, $"marc.{team.Id:N}@acme.test", "un mot de passe long");

        var response = await factory.CreateClient().LoginAsync($"Marc.{team.Id:N}@ACME.test", "un mot de passe long");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("wrong password", HttpStatusCode.Unauthorized)]
    [InlineData("", HttpStatusCode.BadRequest)]
    public async Task Login_WrongOrMissingPassword_ReturnsProblemWithoutToken(string password, HttpStatusCode expected)
    {
        var team = await factory.CreateTeamAsync();
        var user = await factory.AddUserAsync(team.Id, $"paul.{team.Id:N}@acme.test", "the right password");

        var response = await factory.CreateClient().LoginAsync(user.Email, password);

        Assert.Equal(expected, response.StatusCode);
        Assert.Null((await response.ReadJsonAsync())["access_token"]);
    }

    [Fact]
    public async Task Login_UnknownEmail_SameAnswerAsWrongPassword()
    {
        var team = await factory.CreateTeamAsync();
        var user = await factory.AddUserAsync(team.Id, $"lea.{team.Id:N}@acme.test", "the right password");
        using var client = factory.CreateClient();

        var unknown = await (await client.LoginAsync("nobody@acme.test", "whatever it is")).ReadJsonAsync();
        var wrong = await (await client.LoginAsync(user.Email, "whatever it is")).ReadJsonAsync();

        Assert.Equal(401, unknown["status"]!.GetValue<int>());
        Assert.Equal(wrong["detail"]!.GetValue<string>(), unknown["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Login_InactiveUser_Returns401()
    {
        var team = await factory.CreateTeamAsync();
        var user = await factory.AddUserAsync(team.Id, $"ex.{team.Id:N}@acme.test", "the right password");
        await using (var db = factory.Database.CreateContext())
        {
            (await db.Users.FindAsync(user.Id))!.Active = false;
            await db.SaveChangesAsync();
        }

        var response = await factory.CreateClient().LoginAsync(user.Email, "the right password");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Login_SameEmailInTwoTeams_NeedsTheTeam()
    {
        var first = await factory.CreateTeamAsync("Première");
        var second = await factory.CreateTeamAsync("Seconde");
        var email = $"double.{first.Id:N}@acme.test";
        await factory.AddUserAsync(first.Id, email, "shared password!");
        await factory.AddUserAsync(second.Id, email, "shared password!");
        using var client = factory.CreateClient();

        var ambiguous = await client.LoginAsync(email, "shared password!");
        var chosen = await client.LoginAsync(email, "shared password!", second.Team.Name);

        Assert.Equal(HttpStatusCode.Unauthorized, ambiguous.StatusCode);
        Assert.Contains("team", (await ambiguous.ReadJsonAsync())["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, chosen.StatusCode);
    }

    [Fact]
    public async Task Token_AfterItsLifetime_Returns401()
    {
        var team = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Member);
        var before = await client.GetAsync("/api/v1/people");

        factory.Time.Advance(TimeSpan.FromHours(8) + TimeSpan.FromMinutes(1));
        var after = await client.GetAsync("/api/v1/people");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task Token_UserDeactivatedAfterLogin_Returns401()
    {
        var team = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Member);
        var before = await client.GetAsync("/api/v1/people");
        await using (var db = factory.Database.CreateContext())
        {
            (await db.Users.FindAsync(team.Member.Id))!.Active = false;
            await db.SaveChangesAsync();
        }

        var after = await client.GetAsync("/api/v1/people");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task Token_Tampered_Returns401()
    {
        var team = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Member);
        var token = client.DefaultRequestHeaders.Authorization!.Parameter!;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token[..^4] + (token.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA"));

        var response = await client.GetAsync("/api/v1/people");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
