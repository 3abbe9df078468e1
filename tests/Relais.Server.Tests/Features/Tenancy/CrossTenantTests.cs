using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Relais.Server.Tests.Infrastructure;

namespace Relais.Server.Tests.Features.Tenancy;

/// <summary>
/// Every endpoint that takes an id answers 404 (not 403, not data) to team A for every id of team B.
/// The endpoints come from the running server's route table, so a new endpoint is covered, or
/// fails this suite until it says how to call it.
/// </summary>
public sealed class CrossTenantTests(TenantFixture fixture) : IClassFixture<TenantFixture>, IAsyncLifetime
{
    /// <summary>A valid body for each endpoint that reads one, so validation cannot answer before the tenant check.</summary>
    private static readonly Dictionary<string, object> Bodies = new()
    {
        ["PUT /api/v1/people/{id}"] = new { first_name = "Paul", last_name = "Durand" },
        ["PUT /api/v1/organisations/{id}"] = new { name = "Nouvelle Banque" },
        ["POST /api/v1/organisations/{id}/people"] = new { person_id = Guid.Empty, role = "Associé" },
        ["PUT /api/v1/organisations/{id}/people/{personId}"] = new { role = "Associé" },
        ["PUT /api/v1/interactions/{id}"] = new { type = "call", title = "Appel" },
        ["PUT /api/v1/tasks/{id}"] = new { title = "Relancer" },
    };

    public ValueTask InitializeAsync() => new(fixture.SeedAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public static TheoryData<string> EndpointsWithIds() => Discover(_ => true);

    /// <summary>DELETE is left out of the control: removing A's rows would starve the other rows.</summary>
    public static TheoryData<string> EndpointsWithIdsButDelete() => Discover(e => e.Method != "DELETE");

    private static TheoryData<string> Discover(Func<TenantEndpoint, bool> include)
    {
        // The route table needs a running server; this data is computed from the source of truth once.
        using var probe = new RelaisFactory();
        probe.InitializeAsync().AsTask().GetAwaiter().GetResult();
        var data = new TheoryData<string>();
        foreach (var name in TenantEndpoints(probe.Services).Where(include).Select(e => e.Name))
        {
            data.Add(name);
        }

        probe.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return data;
    }

    [Theory]
    [MemberData(nameof(EndpointsWithIds))]
    public async Task Endpoint_IdOfAnotherTeam_Returns404(string endpoint)
    {
        var target = TenantEndpoints(fixture.Services).Single(e => e.Name == endpoint);
        using var client = fixture.ClientFor(fixture.A.Admin);
        var url = FillRoute(target.Pattern, fixture.BIds);

        var response = await client.SendAsync(Request(target, url));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Bernard", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Bravo", body, StringComparison.Ordinal);
        await AssertTeamBUntouchedAsync();
    }

    [Theory]
    [MemberData(nameof(EndpointsWithIdsButDelete))]
    public async Task Endpoint_IdOfOwnTeam_IsNot404(string endpoint)
    {
        // The control: the same call with A's own ids reaches the resource, so the 404 above is the tenant check.
        var target = TenantEndpoints(fixture.Services).Single(e => e.Name == endpoint);
        using var client = fixture.ClientFor(fixture.A.Admin);
        var url = FillRoute(target.Pattern, fixture.AIds);
        var request = Request(target, url, fixture.AIds["people"]);

        var response = await client.SendAsync(request);

        Assert.NotEqual(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True((int)response.StatusCode < 500, $"{endpoint}: {response.StatusCode}");
    }

    [Theory]
    [InlineData("/api/v1/tasks", "person_id", "people")]
    [InlineData("/api/v1/tasks", "interaction_id", "interactions")]
    [InlineData("/api/v1/tasks", "assignee_id", "users")]
    [InlineData("/api/v1/interactions", "organisation_id", "organisations")]
    [InlineData("/api/v1/interactions", "person_id", "people")]
    [InlineData("/api/v1/notifications", "user_id", "users")]
    [InlineData("/api/v1/people", "owner_id", "users")]
    public async Task Create_ReferenceToAnotherTeam_Returns404(string url, string field, string resource)
    {
        using var client = fixture.ClientFor(fixture.A.Admin);
        var body = new Dictionary<string, object?>
        {
            ["title"] = "Suivi client",
            ["type"] = "note",
            ["kind"] = "info",
            ["last_name"] = "Lefèvre",
            [field] = fixture.BIds[resource],
        };

        var response = await client.PostJsonAsync(url, body);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(field, (await response.ReadJsonAsync())["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Link_PersonOfAnotherTeamToOwnOrganisation_Returns404()
    {
        using var client = fixture.ClientFor(fixture.A.Admin);

        var response = await client.PostJsonAsync($"/api/v1/organisations/{fixture.AIds["organisations"]}/people", new { person_id = fixture.BIds["people"] });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Lists_EveryListEndpoint_ShowsNoRowOfAnotherTeam()
    {
        using var client = fixture.ClientFor(fixture.A.Admin);
        var lists = fixture.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.Parameters.Count == 0 && IsTenantData(e) && Methods(e).Contains("GET"))
            .Select(e => e.RoutePattern.RawText!)
            .ToList();

        Assert.Contains("/api/v1/people/", lists);
        foreach (var list in lists)
        {
            var response = await client.GetAsync(list);
            var body = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.All(fixture.BIds.Values, id => Assert.DoesNotContain(id.ToString(), body, StringComparison.OrdinalIgnoreCase));
        }
    }

    private async Task AssertTeamBUntouchedAsync()
    {
        await using var db = fixture.Database.CreateContext();
        var ids = fixture.BIds;
        Assert.Equal("Bernard", (await db.People.FindAsync(ids["people"]))?.LastName);
        Assert.Equal("Banque Bravo", (await db.Organisations.FindAsync(ids["organisations"]))?.Name);
        Assert.Equal(1, db.PersonOrganisationLinks.Count(l => l.PersonId == ids["people"] && l.Role == "Directrice"));
        Assert.Equal("Devis Banque Bravo", (await db.Interactions.FindAsync(ids["interactions"]))?.Title);
        Assert.Equal("Rappeler Bernard", (await db.Tasks.FindAsync(ids["tasks"]))?.Title);
        Assert.False((await db.Notifications.FindAsync(ids["notifications"]))?.Read);
        Assert.Null((await db.ApiTokens.FindAsync(ids["tokens"]))?.RevokedAt);
        Assert.NotNull(await db.ApiTokens.FindAsync(ids["tokens"]));
    }

    private sealed record TenantEndpoint(string Name, string Method, string Pattern, bool HasBody);

    private static IEnumerable<TenantEndpoint> TenantEndpoints(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.Parameters.Count > 0 && IsTenantData(e))
            .SelectMany(e => Methods(e).Select(method =>
            {
                var pattern = Normalize(e.RoutePattern.RawText!);
                return new TenantEndpoint($"{method} {pattern}", method, pattern, e.Metadata.GetMetadata<IAcceptsMetadata>() is not null);
            }))
            .OrderBy(e => e.Name, StringComparer.Ordinal);

    private static bool IsTenantData(RouteEndpoint endpoint) =>
        endpoint.RoutePattern.RawText!.StartsWith("/api/v1/", StringComparison.Ordinal)
        && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null;

    private static IEnumerable<string> Methods(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [];

    // "/api/v1/people/{id:guid}" -> "/api/v1/people/{id}"
    private static string Normalize(string pattern) =>
        System.Text.RegularExpressions.Regex.Replace(pattern, "{([A-Za-z]+)(:[^}]*)?}", "{$1}").TrimEnd('/');

    private static string FillRoute(string pattern, Dictionary<string, Guid> ids)
    {
        var segments = pattern.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (segments[i] == "{id}")
            {
                segments[i] = ids[segments[i - 1]].ToString();
            }
            else if (segments[i] == "{personId}")
            {
                segments[i] = ids["people"].ToString();
            }
            else if (segments[i].StartsWith('{'))
            {
                Assert.Fail($"{pattern}: route parameter {segments[i]} has no id to try; add it to {nameof(FillRoute)}.");
            }
        }

        return string.Join('/', segments);
    }

    private static HttpRequestMessage Request(TenantEndpoint endpoint, string url, Guid? personForLinks = null)
    {
        var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), url);
        if (endpoint.HasBody)
        {
            Assert.True(Bodies.TryGetValue(endpoint.Name, out var body), $"{endpoint.Name} reads a body: add a valid one to {nameof(Bodies)}.");
            var json = JsonSerializer.Serialize(body);
            if (personForLinks is { } person)
            {
                json = json.Replace(Guid.Empty.ToString(), person.ToString(), StringComparison.Ordinal);
            }

            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return request;
    }
}
