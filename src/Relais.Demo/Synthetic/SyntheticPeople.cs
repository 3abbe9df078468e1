using Relais.Engine;
using V = Relais.Demo.Synthetic.SyntheticVocabulary;

namespace Relais.Demo.Synthetic;

/// <summary>An invented sender: names, organisation, mail domain and language.</summary>
internal sealed record Person(string First, string? Middle, string Last, bool French, string Company, string Domain)
{
    public string Full => First + " " + Last;
}

/// <summary>Invents senders and the many ways mail systems write them in From and people sign their names.</summary>
internal static class SyntheticPeople
{
    private static readonly string[] FreeMail = ["gmail.com", "yahoo.com", "hotmail.com", "orange.fr", "free.fr", "aol.com", "laposte.net", "outlook.fr"];

    public static Person Create(Random r, bool french)
    {
        var first = french ? Pick(r, V.FrenchFirst) : Pick(r, V.EnglishFirst);
        var last = french ? Pick(r, V.FrenchLast) : Pick(r, V.EnglishLast);
        var middle = !french && r.NextDouble() < 0.3 ? ((char)('A' + r.Next(26))).ToString() : null;
        var company = french ? Pick(r, V.FrenchCompanies) : Pick(r, V.EnglishCompanies);
        var domain = r.NextDouble() < 0.2 ? Pick(r, FreeMail) : DomainOf(company, french);
        return new Person(first, middle, last, french, company, domain);
    }

    public static Sender From(Random r, Person p)
    {
        var f = Ascii(p.First).ToLowerInvariant();
        var l = Ascii(p.Last).Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        var local = r.Next(5) switch
        {
            0 => f + "." + l,
            1 => f[0] + l,
            2 => f + "_" + l,
            3 => l,
            _ => f + "." + l,
        };
        if (r.NextDouble() < 0.12)
        {
            // Role and nickname mailboxes: the From header tells nothing about the name.
            return new Sender(Pick(r, ["info", "contact", "office", "brinconsult", "jd1977", "bureau", "accueil", "sales"]) + "@" + p.Domain, null);
        }

        var address = local + "@" + p.Domain;
        var mi = p.Middle is null ? "" : " " + p.Middle + ".";
        string? name = r.Next(12) switch
        {
            0 or 1 or 2 or 3 => p.First + " " + p.Last,
            4 => p.Last + ", " + p.First + mi,
            5 => $"\"{p.Last}  {p.First}{mi}\" <{p.First}{(p.Middle is null ? "" : "." + p.Middle)}.{p.Last.Replace(" ", "", StringComparison.Ordinal)}@{p.Domain.ToUpperInvariant()}>",
            6 => p.Last,
            7 => p.First,
            8 => p.Last.ToUpperInvariant() + " " + p.First,
            9 => null,
            10 => $"{p.First} [mailto:{p.First}.{p.Last.Replace(" ", "", StringComparison.Ordinal)}@{p.Domain}] {p.Last}",
            _ => p.First + mi + " " + p.Last,
        };
        if (name is not null && name.StartsWith('"'))
        {
            // Exchange rewrote such senders into one long local part; the display name keeps the real address.
            address = $"{l}.{f}.{f}.{l}.{p.Domain}@{p.Domain}";
        }

        return new Sender(address, name);
    }

    /// <summary>How the person signs: first name, full name, initials, nickname, "DUPONT Jean"...</summary>
    public static string SignedName(Random r, Person p, bool full)
    {
        if (full)
        {
            return r.Next(10) switch
            {
                0 when p.Middle is not null => $"{p.First} {p.Middle}. {p.Last}",
                1 when p.French => $"{p.Last.ToUpperInvariant()} {p.First}",
                2 when p.French => $"{p.First} {p.Last.ToUpperInvariant()}",
                3 => (p.First + " " + p.Last).ToUpperInvariant(),
                _ => p.First + " " + p.Last,
            };
        }

        return r.Next(16) switch
        {
            0 or 14 or 15 => Initials(p),
            1 => Initials(p).ToLowerInvariant(),
            2 => "-" + Initials(p).ToLowerInvariant(),
            3 => "--" + p.First,
            4 => Nickname(p.First),
            5 => p.First.ToUpperInvariant(),
            _ => p.First,
        };
    }

    public static string Initials(Person p) => string.Concat(p.First[0], p.Middle?[0].ToString() ?? "", p.Last[0]).ToUpperInvariant();

    public static string Pick(Random r, string[] list) => list[r.Next(list.Length)];

    private static string Nickname(string first) => first switch
    {
        "Christopher" => "Chris",
        "Katherine" => "Kathy",
        "Elizabeth" => "Liz",
        "Jennifer" => "Jen",
        "Michael" => "Mike",
        "William" => "Bill",
        "Robert" => "Bob",
        "Richard" => "Rick",
        "Patricia" => "Patti",
        "Deborah" => "Deb",
        "Margaret" => "Peggy",
        "Anthony" => "Tony",
        "Jonathan" => "Jon",
        "Samantha" => "Sam",
        "Alexander" => "Alex",
        "Gregory" => "Greg",
        "Timothy" => "Tim",
        "Daniel" => "Dan",
        _ => first,
    };

    private static string DomainOf(string company, bool french)
    {
        var words = company.Split(' ', ',').Where(w => w.Length > 2 && char.IsUpper(w[0])).Take(2);
        var name = Ascii(string.Concat(words)).ToLowerInvariant();
        return name + (french ? ".fr" : ".com");
    }

    public static string Ascii(string s)
    {
        var normalized = s.Normalize(System.Text.NormalizationForm.FormD);
        return new string([.. normalized.Where(c => c < 128 && (char.IsLetterOrDigit(c) || c is ' ' or '-'))]).Replace("-", "", StringComparison.Ordinal);
    }
}
