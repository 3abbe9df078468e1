using Relais.Data.Model;

namespace Relais.Server.Features.Autofill;

/// <summary>
/// Structural checks a value must pass to be written without review, beyond its confidence: a
/// name must be the sender's (a word of the From display name, or part of the address's local
/// part), a new organisation's name must match the sender's domain. They follow the shape of the
/// message, not word lists, so they hold on mail from other mailboxes: they stop a signature of
/// someone else (a forwarded part, an assistant), a slogan read as a name, a client's company
/// named in a footer.
/// </summary>
internal static class SenderAgreement
{
    public static bool NameMatches(string value, string sender, string? displayName)
    {
        var folded = OrganisationNames.Fold(value);
        if (folded.Length < 2)
        {
            return false;
        }

        var local = OrganisationNames.Fold(sender[..sender.IndexOf('@', StringComparison.Ordinal)]);
        if (folded.Length >= 3 && local.Contains(folded, StringComparison.Ordinal))
        {
            return true;
        }

        return displayName is not null && Words(displayName).Any(w => w == folded);
    }

    /// <summary>A word of the organisation's name (three letters or more, or its initials) appears in the domain's own label.</summary>
    public static bool OrganisationMatches(string name, string domain)
    {
        var label = OrganisationNames.Fold(MainLabel(domain));
        if (label.Length < 2)
        {
            return false;
        }

        var words = OrganisationNames.Normalize(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var initials = string.Concat(words.Where(w => w.Length > 0).Select(w => w[0]));
        return words.Any(w => w.Length >= 3 && label.Contains(w, StringComparison.Ordinal))
            || (initials.Length >= 2 && label.StartsWith(initials, StringComparison.Ordinal))
            || (label.Length >= 4 && string.Concat(words).Contains(label, StringComparison.Ordinal));
    }

    /// <summary>
    /// The CRM's organisation covers the company a signature names: its words (legal forms dropped) are all
    /// in the signature's ("ACME" covers "ACME Gestion Privée"; "ACME Gestion Privée" does not cover "ACME").
    /// </summary>
    public static bool Covers(string organisation, string company)
    {
        var known = OrganisationNames.Normalize(organisation).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var named = OrganisationNames.Normalize(company).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        return known.Count > 0 && known.IsSubsetOf(named);
    }

    private static IEnumerable<string> Words(string text) =>
        text.Split([' ', ',', '.', '-', '\'', '’', '(', ')', '"'], StringSplitOptions.RemoveEmptyEntries).Select(OrganisationNames.Fold).Where(w => w.Length > 0);

    /// <summary>The registered name of a domain: "acme" of mail.acme.co.uk, "acme-gestion" of acme-gestion.fr.</summary>
    private static string MainLabel(string domain)
    {
        var labels = domain.Split('.');
        if (labels.Length >= 3 && labels[^2].Length <= 3 && labels[^1].Length == 2)
        {
            return labels[^3];
        }

        return labels.Length >= 2 ? labels[^2] : labels[0];
    }
}
