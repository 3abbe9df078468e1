using C = Relais.Demo.Synthetic.SyntheticContacts;
using V = Relais.Demo.Synthetic.SyntheticVocabulary;

namespace Relais.Demo.Synthetic;

/// <summary>Invents sign-offs and signature blocks, from "Thanks, BT" to a full corporate block with pipes.</summary>
internal static class SyntheticSignatures
{
    private static readonly string[] EnglishClosings =
    [
        "Thanks,", "Thanks!", "Thanks.", "Thank you,", "Thank you.", "Regards,", "Best regards,", "Best,", "Cheers,", "Sincerely,",
        "Cordially,", "Kind regards,", "Take care.", "Rgds.", "Many thanks,", "thanks", "Thanks again,", "Regards", "Best Regards,",
        "Warm regards,", "Thanks in advance,", "All the best,", "Love,", "THANKS", "Yours truly,", "Talk soon,",
    ];

    private static readonly string[] FrenchClosings =
    [
        "Cordialement,", "Bien cordialement,", "Bien à vous,", "Salutations,", "Merci,", "Merci d'avance,", "Très cordialement",
        "Bonne journée,", "A bientôt,", "Amicalement,", "Cordialement", "Merci beaucoup,", "Bien cordialement", "Sincères salutations,",
        "Merci et bonne journée,", "Bonne fin de journée,", "Bises,", "Merci par avance,", "Cdlt,",
    ];

    private static readonly string[] Separators = ["--", "-- ", "__________________________", "**********************", "=====", "________", "---"];
    private static readonly string[] Taglines = ["Sent from my iPhone", "Envoyé de mon iPhone", "Sent from my BlackBerry Wireless Handheld", "Envoyé depuis mon mobile", "Sent from my Android phone"];

    public static string Closing(Random r, bool french) => SyntheticPeople.Pick(r, french ? FrenchClosings : EnglishClosings);

    /// <summary>The lines of a sign-off and signature (all part of the signature).</summary>
    public static List<string> Block(Random r, Person p)
    {
        var lines = new List<string>();
        var style = r.NextDouble();
        var closing = r.NextDouble() < (style < 0.5 ? 0.6 : 0.5) ? Closing(r, p.French) : null;
        if (style < 0.07)
        {
            lines.Add(Closing(r, p.French));
            return lines;
        }

        if (style < 0.14)
        {
            // Sign-off and name on one line: "Thanks, BT", "Merci. Jean".
            var c = Closing(r, p.French).TrimEnd(',', '.', '!');
            lines.Add(c + SyntheticPeople.Pick(r, [", ", ". ", ".  ", " - ", "! ", ",   "]) + SyntheticPeople.SignedName(r, p, r.NextDouble() < 0.2));
            return lines;
        }

        if (closing is not null)
        {
            lines.Add(closing);
        }

        if (style < 0.45)
        {
            lines.Add(SyntheticPeople.SignedName(r, p, r.NextDouble() < 0.35));
            return lines;
        }

        if (style < 0.55)
        {
            // Internal extension under or beside the name: "Diane\nx-37059", "Patti x39106", "BT 3-1587."
            var name = SyntheticPeople.SignedName(r, p, r.NextDouble() < 0.4);
            var ext = SyntheticPeople.Pick(r, ["x-", "x", "X", "ext. ", "x3-", "3-", "*", "Ext "]) + r.Next(1000, 99999).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (r.NextDouble() < 0.3)
            {
                lines.Add(name + " - " + C.Phone(r, p.French, false, false) + (r.Next(2) == 0 ? "." : ""));
            }
            else if (r.Next(2) == 0)
            {
                lines.Add(name + SyntheticPeople.Pick(r, ["   ", " ", "  ", " - "]) + ext + (r.Next(3) == 0 ? "." : ""));
            }
            else
            {
                lines.AddRange([name, ext]);
            }

            return lines;
        }

        if (r.NextDouble() < 0.15)
        {
            lines.Add(SyntheticPeople.Pick(r, Separators));
        }

        if (closing is not null && r.NextDouble() < 0.3)
        {
            lines.Add(SyntheticPeople.SignedName(r, p, false));
        }

        lines.AddRange(Corporate(r, p));
        return lines;
    }

    public static IEnumerable<string> Tagline(Random r)
    {
        if (r.NextDouble() < 0.6)
        {
            return [SyntheticPeople.Pick(r, Taglines)];
        }

        var rule = new string('_', 30 + r.Next(50));
        return r.Next(4) switch
        {
            0 => [rule, "Do You Yahoo!?", "Yahoo! Mail - free email you can access anywhere", "http://mail.yahoo.com"],
            1 => [rule, "Do You Yahoo!?", "Yahoo! Photos - share your holiday pictures with everyone!", "http://photos.yahoo.com/"],
            2 => [rule, "Get your free Hotmail account at http://www.hotmail.com"],
            _ => [rule, "Download MSN Explorer for free: http://explorer.msn.com"],
        };
    }

    private static List<string> Corporate(Random r, Person p)
    {
        var f = p.French;
        var name = SyntheticPeople.SignedName(r, p, true);
        var title = r.NextDouble() < 0.7 ? SyntheticPeople.Pick(r, f ? V.FrenchTitles : V.EnglishTitles) : null;
        var company = r.NextDouble() < 0.75 ? p.Company : null;
        var department = r.NextDouble() < 0.15 ? SyntheticPeople.Pick(r, V.Departments) : null;
        var phones = new List<string>();
        if (r.NextDouble() < 0.75)
        {
            phones.Add(C.Labelled(r, f, 0));
        }

        if (r.NextDouble() < 0.45)
        {
            phones.Add(C.Labelled(r, f, 1));
        }

        if (r.NextDouble() < 0.3)
        {
            phones.Add(C.Labelled(r, f, 2));
        }

        var address = r.NextDouble() < 0.4 ? C.Address(r, f).ToList() : [];
        var email = r.NextDouble() < 0.4 ? C.Email(r, p) : null;
        var web = r.NextDouble() < 0.3 ? C.Website(r, p) : null;
        var linkedin = r.NextDouble() < 0.1 ? C.Linkedin(r, p) : null;
        var lines = new List<string> { name };
        var layout = r.NextDouble();
        if (layout < 0.08 && title is not null)
        {
            // "Camille Rousseau | Directrice | Helios Gestion"
            lines[0] = string.Join(" | ", new[] { name, title, company }.Where(x => x is not null));
            title = null;
            company = null;
        }
        else if (title is not null && company is not null && r.NextDouble() < 0.15)
        {
            lines.Add(title + ", " + company);
            title = null;
            company = null;
        }

        var order = r.Next(2) == 0 ? new[] { title, department, company } : [title, company, department];
        lines.AddRange(order.Where(x => x is not null)!);
        var pipes = layout is >= 0.08 and < 0.3 && phones.Count > 1;
        var contactFirst = r.Next(3) == 0;
        if (!contactFirst)
        {
            lines.AddRange(address);
        }

        if (pipes)
        {
            lines.Add(string.Join(SyntheticPeople.Pick(r, [" | ", " | ", " - ", " / ", "  "]), phones));
        }
        else
        {
            lines.AddRange(phones);
        }

        if (email is not null)
        {
            lines.Add(email);
        }

        if (contactFirst)
        {
            lines.AddRange(address);
        }

        if (web is not null && linkedin is not null && r.Next(2) == 0)
        {
            lines.Add(web + " | " + linkedin);
        }
        else
        {
            lines.AddRange(new[] { web, linkedin }.Where(x => x is not null)!);
        }

        return lines;
    }
}
