using Relais.Data.Model;

namespace Relais.Server.Features.Review;

/// <summary>
/// The error categories of SPEC section 7 for a review action: a correction that only fixes case,
/// accents, spacing or a couple of characters is <c>minor_correction</c>; any other correction or
/// rejection is <c>wrong_value_&lt;field&gt;</c>; rejecting the sender as not a contact is
/// <c>total_rejection</c>.
/// </summary>
internal static class FeedbackCategories
{
    public const string NotAContact = "not_a_contact";

    public static List<string> ForCorrection(string field, string original, string corrected) =>
        IsMinor(original, corrected) ? ["minor_correction"] : ["wrong_value_" + field];

    public static List<string> ForRejection(string field, string? reason) =>
        reason == NotAContact ? ["total_rejection"] : ["wrong_value_" + field];

    private static bool IsMinor(string a, string b)
    {
        var x = Fold(a);
        var y = Fold(b);
        if (x == y)
        {
            return true;
        }

        var distance = Levenshtein(x, y);
        return distance <= 2 && distance * 5 <= Math.Max(x.Length, y.Length);
    }

    private static string Fold(string s) => OrganisationNames.Fold(s);

    private static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
