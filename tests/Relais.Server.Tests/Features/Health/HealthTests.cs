using System.Net;
using Relais.Server.Tests.Infrastructure;

namespace Relais.Server.Tests.Features.Health;

public sealed class HealthTests(RelaisFactory factory) : IClassFixture<RelaisFactory>
{
    [Fact]
    public async Task Health_Anonymous_ReturnsOk()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"status":"ok"}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_MigratedDatabase_ReturnsReady()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/ready");
        var body = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ready", body["status"]!.GetValue<string>());
        Assert.Equal("healthy", body["checks"]!["database"]!["status"]!.GetValue<string>());
        Assert.Equal("healthy", body["checks"]!["migrations"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task OpenApi_Document_ListsTheApiWithSnakeCaseSchemas()
    {
        var document = await (await factory.CreateClient().GetAsync("/api/v1/openapi.json")).ReadJsonAsync();
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();

        Assert.Equal("Relais API", document["info"]!["title"]!.GetValue<string>());
        Assert.NotNull(document["paths"]!["/api/v1/auth/login"]!["post"]!["responses"]!["429"]);
        Assert.Contains("/api/v1/people", paths);
        Assert.Contains("/api/v1/auth/login", paths);
        Assert.Contains("/api/v1/organisations/{id}/people", paths);
        Assert.NotNull(document["components"]!["schemas"]!["PersonInput"]!["properties"]!["first_name"]);
        Assert.Equal("bearer", document["components"]!["securitySchemes"]!["bearer"]!["scheme"]!.GetValue<string>());
    }

    [Fact]
    public async Task Docs_Anonymous_ServesTheScalarPage()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/docs/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Relais API", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Docs_Page_CallsNoThirdPartyService()
    {
        var page = await factory.CreateClient().GetStringAsync("/api/v1/docs/");

        Assert.Contains("\"telemetry\":false", page, StringComparison.Ordinal);
        Assert.Contains("\"agent\":{\"disabled\":true}", page, StringComparison.Ordinal);
        Assert.Contains("\"mcp\":{\"disabled\":true}", page, StringComparison.Ordinal);
        Assert.DoesNotContain("proxy.scalar.com", page, StringComparison.Ordinal);
    }
}

public sealed class UnmigratedFactory : RelaisFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Relais:MigrateOnStart"] = "false" };
}

public sealed class ReadinessTests(UnmigratedFactory factory) : IClassFixture<UnmigratedFactory>
{
    [Fact]
    public async Task Ready_PendingMigrations_Returns503WithThePendingList()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/ready");
        var body = await response.ReadJsonAsync();
        var health = await factory.CreateClient().GetAsync("/api/v1/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("unavailable", body["status"]!.GetValue<string>());
        Assert.Equal("unhealthy", body["checks"]!["migrations"]!["status"]!.GetValue<string>());
        Assert.EndsWith("_Initial", body["checks"]!["migrations"]!["data"]!["pending"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
