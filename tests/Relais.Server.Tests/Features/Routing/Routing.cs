using System.Text.Json.Nodes;
using Relais.Data.Model;
using Relais.Server.Features.Routing;
using Relais.Server.Tests.Infrastructure;

namespace Relais.Server.Tests.Features.Routing;

/// <summary>What the routing tests share: rules written through the API, the five defaults, runs of the pipeline.</summary>
internal static class Routing
{
    public static readonly object RunAll = new { days_back = 30, max_emails = 100, auto_apply_threshold = 0.92 };

    public static async Task SeedDefaultsAsync(this RelaisFactory factory, TestTeam team)
    {
        await using var db = factory.Database.CreateContext();
        db.RoutingRules.AddRange(DefaultRoutingRules.For(team.Id, factory.Time.GetUtcNow()));
        await db.SaveChangesAsync();
    }

    public static Task<Guid> CreateRuleAsync(this HttpClient client, string intent, object[] actions, object? conditions = null, int priority = 0, bool stop = false, int minConfidence = 0, string? name = null) =>
        client.CreateAsync("/api/v1/routing-rules", new
        {
            name = name ?? $"rule {intent} {priority}",
            intent_trigger = intent,
            priority,
            min_confidence = minConfidence,
            stop_processing = stop,
            conditions = conditions ?? new { },
            actions,
        });

    public static async Task<JsonNode> DryRunAsync(this HttpClient client, string body, string? subject = null, string? from = null)
    {
        var response = await client.PostJsonAsync("/api/v1/routing-rules/test", new { email_body = body, subject, from_email = from });
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    public static async Task<JsonNode> RunNowAsync(this HttpClient client)
    {
        var response = await client.PostJsonAsync("/api/v1/autofill-jobs/run-now", RunAll);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    public static List<string> Names(JsonNode verdicts) => [.. verdicts.AsArray().Select(v => v!["name"]!.GetValue<string>())];

    /// <summary>A quote request from a new sender, whose signature names the company.</summary>
    public const string QuoteBody = "Bonjour,\n\nPourriez-vous nous faire parvenir un devis pour 40 licences ? Merci de revenir vers moi rapidement.\n\nCordialement,\nLucie Martin\nResponsable achats\nBeta Conseil";

    public const string ComplaintBody = "Bonjour,\n\nJe suis très mécontent : la livraison est arrivée endommagée et personne ne répond. C'est inacceptable, je veux une solution immédiatement.\n\nPaul Girard";

    public static object Action(RoutingActionType type, object? extra = null)
    {
        var node = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(extra ?? new { }, Json.Options))!.AsObject();
        node["type"] = EnumCodes.CodeOf(type);
        return node;
    }
}
