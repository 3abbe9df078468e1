using System.Collections.Frozen;

namespace Relais.Server.Features.Autofill;

/// <summary>
/// Mail providers anyone can sign up to: their domain says nothing about the sender's employer, so
/// it never matches or creates an organisation.
/// </summary>
internal static class PublicMailDomains
{
    private static readonly FrozenSet<string> Exact = new[]
    {
        "gmail.com", "googlemail.com", "outlook.com", "outlook.fr", "hotmail.com", "hotmail.fr", "hotmail.co.uk", "live.com", "live.fr",
        "msn.com", "icloud.com", "me.com", "mac.com", "aol.com", "aol.fr", "ymail.com", "rocketmail.com", "orange.fr", "wanadoo.fr",
        "free.fr", "sfr.fr", "neuf.fr", "laposte.net", "bbox.fr", "numericable.fr", "aliceadsl.fr", "club-internet.fr", "cegetel.net",
        "gmx.com", "gmx.fr", "gmx.de", "gmx.net", "web.de", "t-online.de", "proton.me", "protonmail.com", "pm.me", "tutanota.com",
        "yandex.com", "yandex.ru", "mail.ru", "zoho.com", "fastmail.com", "hey.com", "btinternet.com", "sky.com", "comcast.net",
        "verizon.net", "att.net", "qq.com", "163.com", "libero.it", "virgilio.it", "skynet.be", "telenet.be", "bluewin.ch",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Providers present under many country domains: yahoo.fr, yahoo.co.uk, hotmail.es…
    private static readonly string[] Families = ["yahoo.", "hotmail.", "outlook.", "live.", "gmx.", "yandex."];

    public static bool Contains(string domain) =>
        Exact.Contains(domain) || Families.Any(f => domain.StartsWith(f, StringComparison.OrdinalIgnoreCase) && domain.Length <= f.Length + 6);
}
