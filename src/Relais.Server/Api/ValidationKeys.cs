using System.Text.Json;

namespace Relais.Server.Api;

/// <summary>
/// Validation errors name the fields as the client wrote them: <c>page_size</c>, <c>tags[0]</c>,
/// not the C# <c>PageSize</c> the validator reports.
/// </summary>
internal static class ValidationKeys
{
    public static void ToSnakeCase(ProblemDetailsContext context)
    {
        if (context.ProblemDetails is not HttpValidationProblemDetails validation || validation.Errors.Count == 0)
        {
            return;
        }

        var renamed = validation.Errors.ToDictionary(e => Convert(e.Key), e => e.Value, StringComparer.Ordinal);
        validation.Errors.Clear();
        foreach (var (key, messages) in renamed)
        {
            validation.Errors[key] = messages;
        }
    }

    private static string Convert(string key) =>
        string.Join('.', key.Split('.').Select(part => part.Length == 0 || char.IsLower(part[0]) ? part : JsonNamingPolicy.SnakeCaseLower.ConvertName(part)));
}
