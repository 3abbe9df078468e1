using System.Collections.Frozen;
using PhoneNumbers;

namespace Relais.Engine.Contacts;

/// <summary>
/// The regions a national phone number is read in, in order: a country named in the signature (or
/// implied by its address), the sender's country-code domain, then the team's default region.
/// </summary>
internal static class RegionChain
{
    private static readonly FrozenDictionary<string, string> Countries = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["france"] = "FR", ["usa"] = "US", ["us"] = "US", ["u.s.a."] = "US", ["uk"] = "GB", ["u.k."] = "GB", ["england"] = "GB",
        ["angleterre"] = "GB", ["royaume-uni"] = "GB", ["united-kingdom"] = "GB", ["belgique"] = "BE", ["belgium"] = "BE",
        ["suisse"] = "CH", ["switzerland"] = "CH", ["luxembourg"] = "LU", ["canada"] = "CA", ["germany"] = "DE",
        ["allemagne"] = "DE", ["deutschland"] = "DE", ["spain"] = "ES", ["espagne"] = "ES", ["españa"] = "ES", ["italy"] = "IT",
        ["italie"] = "IT", ["italia"] = "IT", ["netherlands"] = "NL", ["pays-bas"] = "NL", ["nederland"] = "NL",
        ["ireland"] = "IE", ["irlande"] = "IE", ["monaco"] = "MC", ["kingdom"] = "GB", ["scotland"] = "GB", ["écosse"] = "GB",
        ["wales"] = "GB", ["états-unis"] = "US", ["etats-unis"] = "US",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Supported = PhoneNumberUtil.GetInstance().GetSupportedRegions().ToFrozenSet(StringComparer.Ordinal);

    public static string? CountryRegion(string word) => Countries.GetValueOrDefault(word.Trim('.', ',', ';'));

    /// <summary>Region of the sender's country-code domain (".fr" -> FR, ".co.uk" -> GB), or null for .com and the like.</summary>
    public static string? DomainRegion(string? address)
    {
        if (address is null)
        {
            return null;
        }

        var dot = address.LastIndexOf('.');
        if (dot < 0 || address.Length - dot != 3)
        {
            return null;
        }

        var tld = address[(dot + 1)..].ToUpperInvariant();
        if (tld == "UK")
        {
            return "GB";
        }

        return Supported.Contains(tld) ? tld : null;
    }

    public static List<string> Build(string? signatureRegion, string? senderAddress, string? defaultRegion)
    {
        var chain = new List<string>(3);
        foreach (var region in new[] { signatureRegion, DomainRegion(senderAddress), defaultRegion?.ToUpperInvariant() })
        {
            if (region is not null && !chain.Contains(region))
            {
                chain.Add(region);
            }
        }

        return chain;
    }
}
