using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Relais.Server.Tests.Infrastructure;

/// <summary>Tests read answers as JSON nodes, by the snake_case names a client sees.</summary>
public static class Json
{
    public static async Task<JsonNode> ReadJsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("Empty body.");

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) =>
        client.PostAsJsonAsync(url, body, Options);

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, object body) =>
        client.PutAsJsonAsync(url, body, Options);

    /// <summary>Creates a resource and returns its id; fails the test unless the answer is 201.</summary>
    public static async Task<Guid> CreateAsync(this HttpClient client, string url, object body)
    {
        var response = await client.PostJsonAsync(url, body);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadJsonAsync())["id"]!.GetValue<Guid>();
    }

    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
}
