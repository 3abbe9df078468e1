using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Relais.Server.Tests.Infrastructure;
using Relais.Testing;

namespace Relais.Server.Tests.Features.Ai;

public sealed class AnalysisEndpointsTests(RelaisFactory factory) : IClassFixture<RelaisFactory>
{
    [Fact]
    public async Task Analyze_StoredGoldenEmail_AnswersTheCliContract()
    {
        var team = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Member);
        using var writer = factory.ClientFor(team.Manager);
        using var content = new ByteArrayContent(GoldenAnalysis.Message);
        content.Headers.ContentType = new MediaTypeHeaderValue("message/rfc822");
        var id = (await (await writer.PostAsync("/api/v1/emails", content)).ReadJsonAsync())["id"]!.GetValue<Guid>();

        var fresh = await client.PostJsonAsync("/api/v1/ai/analyze", new { email_id = id });
        await writer.PostJsonAsync("/api/v1/autofill-jobs/run-now", new { days_back = 30, max_emails = 10 });
        var stored = await client.GetAsync($"/api/v1/emails/{id}/analysis");

        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        GoldenAnalysis.AssertMatches(await fresh.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        GoldenAnalysis.AssertMatches(await stored.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task DetectIntent_SeedGuideCurlWithoutContentType_Answers()
    {
        var team = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Member);
        // curl -d without -H sends the JSON labelled application/x-www-form-urlencoded.
        using var body = new StringContent("""{"email_body": "Bonjour, pouvez-vous me faire un devis?"}""", Encoding.UTF8, "application/x-www-form-urlencoded");

        var response = await client.PostAsync("/api/v1/ai/detect-intent", body);
        var json = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("quotation_request", json["intent"]!.GetValue<string>());
        Assert.Equal("💰 Devis", json["label"]!.GetValue<string>());
        Assert.InRange(json["confidence"]!.GetValue<double>(), 0.5, 1.0);
        Assert.True(json["needs_reply"]!["value"]!.GetValue<bool>());
    }

    [Fact]
    public async Task ParseSignature_PastedBody_ReturnsTheFieldsInTheContractShape()
    {
        var team = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Member);

        var response = await client.PostJsonAsync("/api/v1/ai/parse-signature", new
        {
            email_body = "Bonjour,\n\nMerci pour votre retour.\n\nCordialement,\nJean Dupont\nDirecteur commercial\nACME Gestion\nTél. : 01 42 68 53 00",
            from_email = "jean.dupont@acme-gestion.fr",
        });
        var json = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Cordialement,", json["signature"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Directeur commercial", json["contact"]!["job_title"]!["value"]!.GetValue<string>());
        Assert.Equal("+33142685300", json["contact"]!["phone"]!["value"]!.GetValue<string>());
        Assert.Equal("signature", json["contact"]!["phone"]!["source"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{"subject": "Sans corps"}""", "email_body")]
    [InlineData("""{"email_body": """, "body")]
    public async Task DetectIntent_BadBody_IsAValidationProblem(string body, string field)
    {
        var team = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Member);

        var response = await client.PostAsync("/api/v1/ai/detect-intent", new StringContent(body, Encoding.UTF8, "application/json"));
        var json = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(json["errors"]![field]);
    }
}
