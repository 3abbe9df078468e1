using System.Net;
using Relais.Server.Tests.Infrastructure;

namespace Relais.Server.Tests.Features.Auth;

public sealed class LoginRateLimitFactory : RelaisFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Relais:Auth:LoginPermitsPerAccount"] = "3",
        ["Relais:Auth:LoginPermitsPerIp"] = "8",
        ["Relais:Auth:LoginWindow"] = "00:10:00",
    };
}

/// <summary>Both login limits answer 429 with ProblemDetails and Retry-After. One test: they share the per-IP budget.</summary>
public sealed class LoginRateLimitTests(LoginRateLimitFactory factory) : IClassFixture<LoginRateLimitFactory>
{
    [Fact]
    public async Task Login_TooManyAttempts_Returns429PerAccountThenPerIp()
    {
        var team = await factory.CreateTeamAsync();
        var user = await factory.AddUserAsync(team.Id, $"target.{team.Id:N}@acme.test", "the right password");
        using var client = factory.CreateClient();

        // Per account: three attempts, then refused even with the right password.
        var attempts = new List<HttpStatusCode>();
        foreach (var password in new[] { "guess one", "guess two", "guess three", "the right password" })
        {
            attempts.Add((await client.LoginAsync(user.Email, password)).StatusCode);
        }

        var refused = await client.LoginAsync(user.Email, "the right password");
        var problem = await refused.ReadJsonAsync();

        // Another account still gets in, until the IP's eight attempts are spent.
        var other = await factory.AddUserAsync(team.Id, $"other.{team.Id:N}@acme.test", "other password");
        var otherAccount = await client.LoginAsync(other.Email, "other password");
        var byIp = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            byIp.Add((await client.LoginAsync($"spray{i}@acme.test", "password spraying")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], attempts);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("Too many login attempts", problem["title"]!.GetValue<string>());
        Assert.Equal(429, problem["status"]!.GetValue<int>());
        Assert.True(int.Parse(refused.Headers.RetryAfter!.ToString(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal(HttpStatusCode.OK, otherAccount.StatusCode);
        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], byIp);
    }
}
