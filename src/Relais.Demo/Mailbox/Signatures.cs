using Relais.Demo.Roster;

namespace Relais.Demo.Mailbox;

/// <summary>
/// Signature blocks as people really set them up. Each contact keeps the same habits (labels,
/// phone format, layout) from one mail to the next; what varies is whether they bother to sign.
/// </summary>
internal static class Signatures
{
    private static readonly string[][] FrLabels =
        [["Tél. : ", "Port. : ", "Fax : "], ["Tél : ", "Mob : ", "Fax : "], ["T. ", "M. ", "F. "],
            ["Ligne directe : ", "Mobile : ", "Télécopie : "], ["Tel : ", "Portable : ", "Fax : "]];
    private static readonly string[][] EnLabels =
        [["T: ", "M: ", "F: "], ["Tel: ", "Mobile: ", "Fax: "], ["Direct: ", "Mob: ", "Fax: "], ["Office: ", "Cell: ", "Fax: "]];

    public static string Closing(MailContext c) => c.Rng.Pick(c.Fr
        ? ["Cordialement,", "Cordialement,", "Bien cordialement,", "Bien à vous,", "Très cordialement,", "Belle journée,", "À bientôt,", "Cordialement"]
        : ["Best regards,", "Kind regards,", "Kind regards,", "Best,", "Regards,", "Many thanks,", "Warm regards,", "Thanks,"]);

    /// <summary>The contact's full signature block, as their mail client inserts it.</summary>
    public static IReadOnlyList<string> Full(DemoContact p)
    {
        var org = p.Org;
        var h = Stable(p.Email);
        var fr = p.Language == "fr";
        var labels = p.Layout == SignatureLayout.American ? EnLabels[3] : fr ? FrLabels[h % FrLabels.Length] : EnLabels[h % 3];
        var style = h / 7;
        string? Phone(string? e164, int label) => e164 is null ? null : labels[label] + PhoneFormats.Format(e164, style);
        var phone = Phone(p.Phone, 0);
        var mobile = Phone(p.Mobile, 1);
        var fax = p.ShowsFax ? Phone(org.Fax, 2) : null;
        var web = (h / 3 % 3) switch { 0 => "www." + org.Domain, 1 => org.Website, _ => null };
        var linkedin = p.Linkedin is null ? null : (h / 5 % 3) switch
        {
            0 => "linkedin.com/in/" + p.Linkedin,
            1 => "LinkedIn : " + p.LinkedinUrl,
            _ => p.LinkedinUrl + "/",
        };
        var oneLineAddress = string.Join(", ", org.AddressLines.Where(l => l != "United Kingdom"));

        IEnumerable<string?> lines = p.Layout switch
        {
            SignatureLayout.Stacked or SignatureLayout.Dashed =>
                [p.FullName, p.JobTitle, org.Name, .. org.AddressLines, phone, mobile, fax, web, linkedin],
            SignatureLayout.Piped =>
                [$"{p.FullName} | {p.JobTitle} | {org.Name}", Join(" | ", phone, mobile, fax), oneLineAddress, Join(" | ", web, linkedin)],
            SignatureLayout.SurnameFirst =>
                [$"{SurnameUpper(p.LastName)} {p.FirstName}", $"{p.JobTitle} – {org.Name}", oneLineAddress, Join(" – ", phone, mobile, fax), linkedin],
            SignatureLayout.Compact =>
                [$"{p.FullName} – {p.JobTitle}", Join(" – ", org.Name, phone, mobile), web],
            SignatureLayout.American =>
                [p.FullName, p.JobTitle, org.Name, .. org.AddressLines, Join(" | ", phone, mobile, fax), p.Email, linkedin],
            _ => [p.FirstName],
        };
        var block = lines.Where(l => !string.IsNullOrEmpty(l)).Select(l => l!).ToList();
        if (p.Layout == SignatureLayout.Dashed)
            block.Insert(0, "-- ");
        return block;
    }

    /// <summary>A team member's Outlook signature.</summary>
    public static IReadOnlyList<string> Team(DemoTeamMember m, bool fr) =>
    [
        m.FullName,
        fr ? m.JobTitleFr : m.JobTitleEn,
        DemoTeam.Company,
        string.Join(" – ", DemoTeam.AddressLines),
        fr
            ? $"Tél. : {PhoneFormats.Format(m.Phone, 1)} | Port. : {PhoneFormats.Format(m.Mobile, 1)}"
            : $"T: {PhoneFormats.Format(m.Phone, 1)} | M: {PhoneFormats.Format(m.Mobile, 1)}",
        "www." + DemoTeam.Domain,
    ];

    /// <summary>"de MONTCLAIR": particles stay lower-case, the name proper is upper-cased.</summary>
    private static string SurnameUpper(string last)
    {
        foreach (var particle in (string[])["de ", "du ", "d'"])
        {
            if (last.StartsWith(particle, StringComparison.Ordinal))
                return particle + last[particle.Length..].ToUpperInvariant();
        }
        return last.ToUpperInvariant();
    }

    private static string? Join(string separator, params string?[] parts)
    {
        var present = parts.Where(p => !string.IsNullOrEmpty(p)).ToList();
        return present.Count == 0 ? null : string.Join(separator, present);
    }

    /// <summary>A hash that, unlike string.GetHashCode, is the same in every process (FNV-1a).</summary>
    public static int Stable(string s)
    {
        var h = 2166136261u;
        foreach (var ch in s)
            h = (h ^ ch) * 16777619u;
        return (int)(h & 0x7fffffff);
    }
}
