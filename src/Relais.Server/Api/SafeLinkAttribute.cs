using System.ComponentModel.DataAnnotations;

namespace Relais.Server.Api;

/// <summary>
/// A link a page may render: a path of this site (<c>/tasks/…</c>) or an https URL. Anything else
/// (<c>javascript:</c>, <c>data:</c>, <c>http:</c>, a protocol-relative <c>//host</c> or <c>/\host</c>) is refused.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class SafeLinkAttribute() : ValidationAttribute("Give a path of this site (starting with /) or an https:// URL.")
{
    public override bool IsValid(object? value) => value is null || (value is string link && IsSafe(link));

    public static bool IsSafe(string link)
    {
        if (link.Length == 0 || link.Any(char.IsControl) || link.Any(char.IsWhiteSpace))
        {
            return false;
        }

        if (link[0] == '/')
        {
            return link.Length == 1 || (link[1] != '/' && link[1] != '\\');
        }

        return Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && !string.IsNullOrEmpty(uri.Host);
    }
}
