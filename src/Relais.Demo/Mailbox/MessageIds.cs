using System.Globalization;
using Relais.Demo.Roster;

namespace Relais.Demo.Mailbox;

/// <summary>Message-IDs (without angle brackets) and multipart boundaries in each client's style, from the seeded random.</summary>
internal static class MessageIds
{
    private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    public static string For(MailClient client, string domain, Random rng, bool american = false) => client switch
    {
        MailClient.Gmail => "CA" + Chars(rng, 44) + "@mail.gmail.com",
        MailClient.AppleMail => rng.NextGuid().ToString("D", CultureInfo.InvariantCulture).ToUpperInvariant() + "@" + domain,
        MailClient.Thunderbird => rng.NextGuid().ToString("D", CultureInfo.InvariantCulture) + "@" + domain,
        _ => Outlook(rng, american),
    };

    public static string Automated(string host, Random rng, DateTimeOffset date) =>
        date.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "." + rng.Hex(16) + "@" + host;

    public static string Boundary(MailClient client, Random rng) => client switch
    {
        MailClient.Gmail => "000000000000" + rng.Hex(16).ToLowerInvariant(),
        MailClient.AppleMail => "Apple-Mail=_" + rng.NextGuid().ToString("D", CultureInfo.InvariantCulture).ToUpperInvariant(),
        MailClient.Thunderbird => "------------" + Chars(rng, 24),
        _ => "_000_" + rng.Hex(32) + "_",
    };

    private static string Outlook(Random rng, bool american)
    {
        // Exchange Online: <server><hex>@<server>.<region>.prod.outlook.com
        var server = (american ? "BN8PR" : "PA4P") + rng.Next(10, 99).ToString(CultureInfo.InvariantCulture)
            + "MB" + rng.Next(1000, 9999).ToString(CultureInfo.InvariantCulture);
        var region = american ? "namprd" : "eurprd";
        return $"{server}{rng.Hex(24)}@{server}.{region}{rng.Next(1, 9).ToString("00", CultureInfo.InvariantCulture)}.prod.outlook.com";
    }

    private static string Chars(Random rng, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
            chars[i] = Base62[rng.Next(Base62.Length)];
        return new string(chars);
    }
}
