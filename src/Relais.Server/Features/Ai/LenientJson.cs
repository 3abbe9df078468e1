using System.ComponentModel.DataAnnotations;
using System.Text.Json;

namespace Relais.Server.Features.Ai;

/// <summary>
/// Reads a JSON body whatever its Content-Type says: the seed guide's curl for detect-intent sends
/// JSON with <c>-d</c> and no header, which curl labels application/x-www-form-urlencoded.
/// A real form (<c>email_body=…</c>) is read too. Then validated like any request.
/// </summary>
internal static class LenientJson
{
    public const long MaxBytes = 2 * 1024 * 1024;

    public static async Task<(T? Value, IDictionary<string, string[]>? Errors)> ReadAsync<T>(HttpRequest request, JsonSerializerOptions options, CancellationToken cancellationToken)
        where T : class
    {
        if (request.ContentLength > MaxBytes)
        {
            return (null, Error("body", $"The body may not exceed {MaxBytes / (1024 * 1024)} MB."));
        }

        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(cancellationToken);
        T? value;
        try
        {
            value = text.TrimStart().StartsWith('{') ? JsonSerializer.Deserialize<T>(text, options) : FromForm<T>(text, options);
        }
        catch (JsonException ex)
        {
            return (null, Error("body", "The body is not valid JSON: " + ex.Message));
        }

        if (value is null)
        {
            return (null, Error("body", "Send a JSON object, for example {\"email_body\": \"Bonjour, pouvez-vous me faire un devis ?\"}."));
        }

        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(value, new ValidationContext(value), results, validateAllProperties: true))
        {
            return (null, results
                .SelectMany(r => (r.MemberNames.Any() ? r.MemberNames : ["body"]).Select(m => (Member: JsonNamingPolicy.SnakeCaseLower.ConvertName(m), r.ErrorMessage ?? "Invalid.")))
                .GroupBy(e => e.Member)
                .ToDictionary(g => g.Key, g => g.Select(e => e.Item2).ToArray()));
        }

        return (value, null);
    }

    private static T? FromForm<T>(string text, JsonSerializerOptions options)
    {
        var fields = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(text.StartsWith('?') ? text : "?" + text)
            .ToDictionary(f => f.Key, f => (string?)f.Value.ToString());
        return JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(fields), options);
    }

    private static Dictionary<string, string[]> Error(string key, string message) => new() { [key] = [message] };
}
