using System.Text.RegularExpressions;

namespace Relais.Server.Features.Routing;

/// <summary>The values of <c>{sender}</c>, <c>{sender_email}</c>, <c>{company}</c>, <c>{subject}</c> and <c>{intent}</c> for one email.</summary>
internal sealed partial record RoutingPlaceholders(string Sender, string SenderEmail, string Company, string Subject, string Intent)
{
    public static readonly IReadOnlyList<string> Names = ["sender", "sender_email", "company", "subject", "intent"];

    /// <summary>The template with each known placeholder replaced; an unknown one (<c>{foo}</c>) is left as written.</summary>
    public string Render(string? template) => template is null ? string.Empty : Placeholder().Replace(template, m => m.Groups[1].Value switch
    {
        "sender" => Sender,
        "sender_email" => SenderEmail,
        "company" => Company,
        "subject" => Subject,
        "intent" => Intent,
        _ => m.Value,
    });

    /// <summary>The placeholders of a template that are not known, for validation.</summary>
    public static IEnumerable<string> Unknown(string? template) =>
        template is null ? [] : Placeholder().Matches(template).Select(m => m.Groups[1].Value).Where(n => !Names.Contains(n)).Distinct();

    [GeneratedRegex(@"\{([a-z_]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
