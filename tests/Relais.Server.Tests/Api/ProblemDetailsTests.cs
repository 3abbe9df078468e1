using System.Net;
using System.Text;
using Relais.Server.Tests.Infrastructure;

namespace Relais.Server.Tests.Api;

/// <summary>Every error a client can get is a ProblemDetails naming the fields as the client wrote them.</summary>
public sealed class ProblemDetailsTests(RelaisFactory factory) : IClassFixture<RelaisFactory>
{
    [Theory]
    [InlineData("/api/v1/people", """{"email":"pas-une-adresse","linkedin":"linkedin"}""", "email,linkedin")]
    [InlineData("/api/v1/people", """{"notes":"aucun nom"}""", "last_name")]
    [InlineData("/api/v1/organisations", """{"name":""}""", "name")]
    [InlineData("/api/v1/interactions", """{"type":"email","title":"Devis","intent":"devis"}""", "intent")]
    [InlineData("/api/v1/interactions", """{"type":"email","title":"x","intent_confidence":1.5}""", "intent_confidence")]
    [InlineData("/api/v1/tasks", """{"title":""}""", "title")]
    [InlineData("/api/v1/tokens", """{"name":"cron","expires_in_days":0}""", "expires_in_days")]
    public async Task Create_InvalidBody_Returns400WithSnakeCaseErrors(string url, string body, string fields)
    {
        var team = await factory.CreateTeamAsync();

        var response = await factory.ClientFor(team.Admin).PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json"));
        var problem = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(fields.Split(','), problem["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("/api/v1/people?sort=password", "sort")]
    [InlineData("/api/v1/people?page_size=500", "page_size")]
    [InlineData("/api/v1/people?page=0", "page")]
    [InlineData("/api/v1/tasks?status=finished", "status")]
    public async Task List_InvalidQuery_Returns400NamingTheParameter(string url, string field)
    {
        var team = await factory.CreateTeamAsync();

        var response = await factory.ClientFor(team.Member).GetAsync(url);
        var problem = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], problem["errors"]!.AsObject().Select(e => e.Key));
    }

    [Theory]
    [InlineData("""{"first_name": """)]
    [InlineData("""{"type":"fax","title":"Télécopie"}""")]
    public async Task Create_UnreadableBody_Returns400ProblemDetails(string body)
    {
        var team = await factory.CreateTeamAsync();

        var response = await factory.ClientFor(team.Admin).PostAsync("/api/v1/interactions", new StringContent(body, Encoding.UTF8, "application/json"));
        var problem = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(400, problem["status"]!.GetValue<int>());
        Assert.Contains("request body", problem["title"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownRoute_Returns404ProblemDetails()
    {
        var team = await factory.CreateTeamAsync();

        var response = await factory.ClientFor(team.Member).GetAsync("/api/v1/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(404, (await response.ReadJsonAsync())["status"]!.GetValue<int>());
    }
}
