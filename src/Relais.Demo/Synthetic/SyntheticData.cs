using System.Globalization;

namespace Relais.Demo.Synthetic;

/// <summary>Non-prose body lines: tables, key-value blocks, URLs, names of attendees; they must not pass for signatures.</summary>
internal static class SyntheticData
{
    private static readonly string[] Keys = ["User ID", "Password", "Login", "Start Date", "Volume", "Delivery Point", "Réf.", "Montant", "Échéance", "Contact", "Location", "Heure"];
    private static readonly string[] Names = ["Andrea Guillen", "Gordon Heaney", "Scott Tackett", "Laura Dewitt", "Marc Aubry", "Julie Caron", "Nina Petrov", "Omar Haddad"];
    private static readonly string[] Teams = ["Reliant", "Duke", "Aquila", "Help Desk", "Sempra", "Trading Support", "Accueil", "Service client", "Oneok", "Dynegy"];
    private static readonly string[] Urls = ["http://intranet.example.com/reports/daily.html", "www.example.org/forms", "https://portail.exemple.fr/espace-client", "O:\\shared\\west desk\\exposure.xls"];

    public static IEnumerable<string> Lines(Random r)
    {
        var kind = r.Next(9);
        var n = 2 + r.Next(5);
        return kind switch
        {
            0 => Enumerable.Range(0, n).Select(_ => $"{SyntheticPeople.Pick(r, Keys)}: {Value(r)}"),
            1 => Enumerable.Range(0, n).Select(i => $"  Zone {i + 1}\t\t{Price(r)}\t{Price(r)}\t{Price(r)}"),
            2 => Enumerable.Range(0, n).Select(_ => "   " + SyntheticPeople.Pick(r, Names)),
            3 => [SyntheticPeople.Pick(r, Urls)],
            6 => Enumerable.Range(0, n + 1).Select(_ => $"{SyntheticPeople.Pick(r, Teams)}:  {SyntheticPeople.Pick(r, Names)}  {r.Next(200, 999)}-{r.Next(200, 999)}-{r.Next(1000, 9999)}"),
            7 => Enumerable.Range(0, n + 1).Select(_ => $"{SyntheticPeople.Pick(r, Teams)} On-Call\t\t\t({r.Next(200, 999)}) {r.Next(200, 999)}-{r.Next(1000, 9999)}  [Pager]"),
            5 => Enumerable.Range(0, n + 3).Select(_ => r.Next(100000, 999999).ToString(CultureInfo.InvariantCulture)),
            4 => Enumerable.Range(0, n).Select(i => $"HE {i + 10}:  {r.Next(5, 60)}MW ON OASIS NUMBER {r.Next(20000, 30000)}"),
            _ => [$"{SyntheticPeople.Pick(r, Names)} - {r.Next(200, 999)}-{r.Next(200, 999)}-{r.Next(1000, 9999)}", $"{SyntheticPeople.Pick(r, Names)} - {r.Next(200, 999)}-{r.Next(200, 999)}-{r.Next(1000, 9999)}"],
        };
    }

    private static string Value(Random r) => r.Next(4) switch
    {
        0 => "EOL" + r.Next(10000, 99999).ToString(CultureInfo.InvariantCulture),
        1 => r.Next(1000, 50000).ToString("N0", CultureInfo.InvariantCulture) + " MMBtu/day",
        2 => "June " + r.Next(1, 28).ToString(CultureInfo.InvariantCulture) + ", 2003",
        _ => "Station " + r.Next(10, 99).ToString(CultureInfo.InvariantCulture),
    };

    private static string Price(Random r) => (r.Next(100, 400) / 100.0).ToString("0.0000", CultureInfo.InvariantCulture);
}
