using System.Net;
using System.Text;
using System.Text.Json;
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
        ["POST /api/v1/autofill/suggestions/{id}/correct"] = new { value = "Directrice générale" },
        ["POST /api/v1/autofill/suggestions/{id}/reject"] = new { reason = "obsolète" },
        ["PUT /api/v1/routing-rules/{id}"] = new { name = "Devis", intent_trigger = "quotation_request", actions = new[] { new { type = "tag_interaction", tag = "devis" } } },
        ["PUT /api/v1/email-accounts/{id}"] = new { name = "Boîte Alpha", host = "127.0.0.1", port = 1, tls_mode = "none", username = "claire.martin", consent = true },
    };

    public ValueTask InitializeAsync() => new(fixture.SeedAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public static TheoryData<string> EndpointsWithIds() => ApiEndpoint.Discover(IsTenantEndpoint);

    /// <summary>DELETE is left out of the control: removing A's rows would starve the other rows.</summary>
    public static TheoryData<string> EndpointsWithIdsButDelete() => ApiEndpoint.Discover(e => IsTenantEndpoint(e) && e.Method != "DELETE");

    private static bool IsTenantEndpoint(ApiEndpoint endpoint) => !endpoint.Anonymous && endpoint.Pattern.Contains('{', StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(EndpointsWithIds))]
    public async Task Endpoint_IdOfAnotherTeam_Returns404(string endpoint)
    {
        var target = ApiEndpoint.All(fixture.Services).Single(e => e.Name == endpoint);
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
        var target = ApiEndpoint.All(fixture.Services).Single(e => e.Name == endpoint);
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

    /// <summary>The merges take their ids in the body, so the route-table theories above cannot fill them: each side is tried here.</summary>
    [Theory]
    [InlineData("people", true)]
    [InlineData("people", false)]
    [InlineData("organisations", true)]
    [InlineData("organisations", false)]
    public async Task Merge_IdOfAnotherTeam_Returns404(string resource, bool keepIsForeign)
    {
        using var client = fixture.ClientFor(fixture.A.Admin);
        var (own, foreign) = (fixture.AIds[resource], fixture.BIds[resource]);
        var body = keepIsForeign ? new { keep_id = foreign, merge_id = own } : new { keep_id = own, merge_id = foreign };

        var response = await client.PostJsonAsync($"/api/v1/quality/{resource}/merge", body);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await AssertTeamBUntouchedAsync();
        await using var db = fixture.Database.CreateContext();
        Assert.NotNull(await db.People.FindAsync(fixture.AIds["people"]));
        Assert.NotNull(await db.Organisations.FindAsync(fixture.AIds["organisations"]));
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
        var lists = ApiEndpoint.All(fixture.Services)
            .Where(e => e.Method == "GET" && !e.Anonymous && !e.Pattern.Contains('{', StringComparison.Ordinal))
            .Select(e => e.Pattern)
            .ToList();

        Assert.Contains("/api/v1/people", lists);
        foreach (var list in lists)
        {
            var response = await client.GetAsync(list);
            var body = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.All(fixture.BIds.Values, id => Assert.DoesNotContain(id.ToString(), body, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Theory]
    [InlineData("metrics")]
    [InlineData("intents")]
    [InlineData("models")]
    [InlineData("top-senders")]
    [InlineData("timeline")]
    public async Task EmailIntelligence_CountsOnlyOwnTeamsMail(string endpoint)
    {
        using var client = fixture.ClientFor(fixture.A.Admin);

        var body = await (await client.GetAsync($"/api/v1/email-intelligence/{endpoint}?days=7")).Content.ReadAsStringAsync();
        var metrics = await (await client.GetAsync("/api/v1/email-intelligence/metrics?days=7")).ReadJsonAsync();

        // Each team has one email and its analysis, from its own Claire.
        Assert.DoesNotContain("claire.bernard@example.test", body, StringComparison.Ordinal);
        Assert.Equal((1, 1), (metrics["emails_received"]!.GetValue<int>(), metrics["emails_analysed"]!.GetValue<int>()));
    }

    [Fact]
    public async Task EmailIntelligence_TopSenders_IsOwnTeamsSender()
    {
        using var client = fixture.ClientFor(fixture.A.Admin);

        var body = await (await client.GetAsync("/api/v1/email-intelligence/top-senders?days=7")).ReadJsonAsync();
        var sender = Assert.Single(body["senders"]!.AsArray())!;

        Assert.Equal("claire.martin@example.test", sender["email"]!.GetValue<string>());
        Assert.Equal(1, sender["emails"]!.GetValue<int>());
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
        var account = await db.EmailAccounts.FindAsync(ids["email-accounts"]);
        Assert.Equal(("Boîte Banque Bravo", null, null), (account?.Name, account?.LastSyncAt, account?.LastError));
        Assert.Equal(10, db.EmailFolders.Single(f => f.AccountId == ids["email-accounts"]).LastUid);
    }

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

    private static HttpRequestMessage Request(ApiEndpoint endpoint, string url, Guid? personForLinks = null)
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
