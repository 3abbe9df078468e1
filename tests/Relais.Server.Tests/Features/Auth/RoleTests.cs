using System.Net;
using System.Text;
using Relais.Server.Tests.Infrastructure;

namespace Relais.Server.Tests.Features.Auth;

/// <summary>
/// Roles from the route table: every write endpoint refuses a member, every admin endpoint refuses a
/// manager, every non-anonymous endpoint refuses a caller without a token.
/// </summary>
public sealed class RoleTests(RelaisFactory factory) : IClassFixture<RelaisFactory>
{
    public static TheoryData<string> WriterEndpoints() => ApiEndpoint.Discover(e => e.Policies.Contains("writer"));

    public static TheoryData<string> AdminEndpoints() => ApiEndpoint.Discover(e => e.Policies.Contains("admin"));

    public static TheoryData<string> ProtectedEndpoints() => ApiEndpoint.Discover(e => !e.Anonymous);

    [Fact]
    public void RouteTable_WritesAndAdminEndpoints_AreProtectedByPolicies()
    {
        var endpoints = ApiEndpoint.All(factory.Services);
        var unguardedWrites = endpoints.Where(e => e.Method is "POST" or "PUT" or "DELETE" && !e.Anonymous
            && !e.Policies.Contains("writer") && !e.Policies.Contains("admin") && !MemberWrites.Contains(e.Name));

        Assert.Empty(unguardedWrites.Select(e => e.Name));
        Assert.Contains(endpoints, e => e.Name == "POST /api/v1/tokens" && e.Policies.Contains("admin"));
    }

    [Theory]
    [MemberData(nameof(WriterEndpoints))]
    public async Task WriterEndpoint_Member_Returns403(string endpoint)
    {
        var team = await factory.CreateTeamAsync();

        var response = await SendAsync(factory.ClientFor(team.Member), endpoint);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(AdminEndpoints))]
    public async Task AdminEndpoint_Manager_Returns403(string endpoint)
    {
        var team = await factory.CreateTeamAsync();

        var response = await SendAsync(factory.ClientFor(team.Manager), endpoint);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(ProtectedEndpoints))]
    public async Task ProtectedEndpoint_NoToken_Returns401ProblemDetails(string endpoint)
    {
        var response = await SendAsync(factory.CreateClient(), endpoint);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(401, (await response.ReadJsonAsync())["status"]!.GetValue<int>());
    }

    [Fact]
    public async Task People_MemberReads_ManagerWrites()
    {
        var team = await factory.CreateTeamAsync();
        using var manager = factory.ClientFor(team.Manager);
        using var member = factory.ClientFor(team.Member);

        var id = await manager.CreateAsync("/api/v1/people", new { first_name = "Sophie", last_name = "Marchand" });
        var read = await member.GetAsync($"/api/v1/people/{id}");

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("Marchand", (await read.ReadJsonAsync())["last_name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Tokens_Admin_CanCreate()
    {
        var team = await factory.CreateTeamAsync();

        var response = await factory.ClientFor(team.Admin).PostJsonAsync("/api/v1/tokens", new { name = "cron", role = "admin" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    /// <summary>
    /// POSTs a member may send: on their own things (their notifications), and the single-shot analyses,
    /// which read (a pasted text, or a stored email of the team) and write nothing.
    /// </summary>
    private static readonly HashSet<string> MemberWrites =
    [
        "POST /api/v1/notifications/{id}/read",
        "DELETE /api/v1/notifications/{id}",
        "POST /api/v1/ai/analyze",
        "POST /api/v1/ai/parse-signature",
        "POST /api/v1/ai/detect-intent",
        "POST /api/v1/routing-rules/test",
    ];

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string endpoint)
    {
        var (method, pattern) = (endpoint.Split(' ')[0], endpoint.Split(' ')[1]);
        var url = new ApiEndpoint(method, pattern, [], false).Url(Guid.CreateVersion7());
        return client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent("{}", Encoding.UTF8, "application/json") });
    }
}
