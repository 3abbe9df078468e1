using System.Net;
using System.Text.RegularExpressions;
using Relais.Demo.Mailbox;
using Relais.Demo.Roster;

namespace Relais.Demo.Tests.Engine;

/// <summary>Which signature an inbound demo message carries: the contact's full block, their first name alone, or none.</summary>
internal enum SignedWith
{
    None,
    FirstName,
    FullBlock,
}

/// <summary>
/// What the demo generator put in one inbound message, read back from the roster the way the generator
/// builds it (<see cref="Signatures.Full"/> is the block the contact's mail client inserts): the contact,
/// which signature they used, the lines of their own part, and the truth of every contact field.
/// The generator does not record its choice per message, so the own part (before the first quote
/// header the generator writes) tells whether the full block or the first name was signed.
/// </summary>
internal sealed partial record DemoSignatureTruth(DemoContact Contact, SignedWith Signed, IReadOnlyList<string> OwnLines,
    IReadOnlyList<string> QuotedLines, IReadOnlyList<string> SignatureLines, IReadOnlyDictionary<string, string?> Fields)
{
    public static readonly string[] FieldNames =
        ["full_name", "first_name", "last_name", "job_title", "company", "email", "phone", "mobile", "fax", "website", "linkedin", "address"];

    private static readonly Dictionary<string, DemoContact> ByEmail = DemoRoster.Contacts.ToDictionary(c => c.Email, StringComparer.OrdinalIgnoreCase);

    public static DemoSignatureTruth Of(DemoEmail email)
    {
        var contact = ByEmail[email.Message.From.Mailboxes.Single().Address];
        var body = email.Message.TextBody ?? Strip(email.Message.HtmlBody ?? "");
        var lines = body.Replace("\r", "", StringComparison.Ordinal).Replace('\u00A0', ' ').Split('\n').Select(l => l.Trim()).ToList();
        var quoteAt = QuoteStart(lines);
        var own = lines.Take(quoteAt).Where(l => l.Length > 0).ToList();
        var ownSet = own.ToHashSet(StringComparer.Ordinal);
        var quoted = lines.Skip(quoteAt).Select(l => l.TrimStart('>', ' ')).Where(l => l.Length > 0 && !ownSet.Contains(l)).ToList();

        var full = Signatures.Full(contact).Where(l => l != "-- ").ToList();
        // A contact who never set up a signature has only their first name as "full block".
        var signed = own.Contains(full[0]) && contact.Layout != SignatureLayout.FirstNameOnly ? SignedWith.FullBlock : own.Contains(contact.FirstName) ? SignedWith.FirstName : SignedWith.None;
        var signature = signed switch
        {
            SignedWith.FullBlock => full,
            SignedWith.FirstName => [contact.FirstName],
            _ => [],
        };
        return new DemoSignatureTruth(contact, signed, own, quoted, signature, Truth(contact, signed, full));
    }

    private static Dictionary<string, string?> Truth(DemoContact p, SignedWith signed, List<string> block)
    {
        // The display name and the address are the header's: right whatever the signature shows.
        var truth = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["full_name"] = p.FullName,
            ["first_name"] = p.FirstName,
            ["last_name"] = p.LastName,
            ["email"] = p.Email,
        };
        if (signed != SignedWith.FullBlock)
        {
            return truth;
        }

        var org = p.Org;
        var oneLine = string.Join(", ", org.AddressLines.Where(l => l != "United Kingdom"));
        var address = block.Where(l => org.AddressLines.Contains(l) || l == oneLine).ToList();
        bool Shows(string? value) => value is not null && block.Any(l => l.Contains(value, StringComparison.Ordinal));
        truth["job_title"] = p.JobTitle;
        truth["company"] = org.Name;
        truth["phone"] = p.Phone;
        truth["mobile"] = p.Mobile;
        truth["fax"] = p.ShowsFax ? org.Fax : null;
        truth["website"] = Shows("www." + org.Domain) ? org.Website : null;
        truth["linkedin"] = Shows("linkedin.com/in/" + p.Linkedin) && p.Linkedin is not null ? p.LinkedinUrl : null;
        truth["address"] = address.Count == 0 ? null : string.Join(", ", address);
        return truth;
    }

    /// <summary>Index of the first line of the quoted or forwarded mail the generator appended (see <c>Quoting</c>).</summary>
    private static int QuoteStart(List<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var l = lines[i];
            var next = lines.Skip(i + 1).FirstOrDefault(x => x.Length > 0) ?? "";
            if (l.EndsWith("a écrit :", StringComparison.Ordinal) || l.EndsWith(" wrote:", StringComparison.Ordinal)
                || l.StartsWith("-----Original Message-----", StringComparison.Ordinal) || l.StartsWith("-----Message d'origine-----", StringComparison.Ordinal)
                || l.StartsWith("---------- ", StringComparison.Ordinal) || l.StartsWith("-------- ", StringComparison.Ordinal)
                || l.StartsWith("Début du message réexpédié", StringComparison.Ordinal) || l.StartsWith("Begin forwarded message", StringComparison.Ordinal)
                || (l.StartsWith("________", StringComparison.Ordinal) && (next.StartsWith("De :", StringComparison.Ordinal) || next.StartsWith("From:", StringComparison.Ordinal)))
                || ((l.StartsWith("De :", StringComparison.Ordinal) || l.StartsWith("From:", StringComparison.Ordinal)) && lines.Skip(i + 1).Take(2).Any(x => x.StartsWith("Envoyé :", StringComparison.Ordinal) || x.StartsWith("Sent:", StringComparison.Ordinal))))
            {
                return i;
            }
        }

        return lines.Count;
    }

    /// <summary>HTML-only mail (Outlook) as lines: enough to find the name line and the quote header.</summary>
    private static string Strip(string html)
    {
        var text = LineBreaks().Replace(html, "\n");
        return WebUtility.HtmlDecode(Tags().Replace(text, ""));
    }

    [GeneratedRegex(@"<br\s*/?>|</p>|</div>|<blockquote[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreaks();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tags();
}
