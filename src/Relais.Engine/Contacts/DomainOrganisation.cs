namespace Relais.Engine.Contacts;

/// <summary>
/// The organisation an email domain names when the signature names none: "helios-gestion.fr" -> "Helios Gestion".
/// Free-mail and access-provider domains name nobody.
/// </summary>
internal static class DomainOrganisation
{
    private static readonly string[] SecondLevel = ["co", "com", "org", "net", "ac", "gov", "gouv", "asso"];

    public static string? From(string? address) =>
        Label(address) is { } name ? string.Join(' ', name.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(SenderName.Proper)) : null;

    /// <summary>The label that names the organisation, lower-case ("helios-gestion" in jb@helios-gestion.fr), or null for free mail.</summary>
    public static string? Label(string? address)
    {
        var at = address?.LastIndexOf('@') ?? -1;
        if (address is null || at < 0)
        {
            return null;
        }

        var domain = address[(at + 1)..].ToLowerInvariant();
        var labels = domain.Split('.', StringSplitOptions.RemoveEmptyEntries);
        if (labels.Length < 2 || IsFreeMail(labels))
        {
            return null;
        }

        var name = labels.Length >= 3 && Array.IndexOf(SecondLevel, labels[^2]) >= 0 ? labels[^3] : labels[^2];
        return name.Length < 2 || name.All(char.IsAsciiDigit) ? null : name;
    }

    private static bool IsFreeMail(string[] labels)
    {
        // "houston.rr.com" is rr.com: compare every suffix of two labels or more.
        for (var i = 0; i <= labels.Length - 2; i++)
        {
            if (Lexicon.FreeMailDomains.Contains(string.Join('.', labels[i..])))
            {
                return true;
            }
        }

        return labels[^2] is "yahoo" or "hotmail" or "outlook" or "live" or "aol" or "gmx";
    }
}
