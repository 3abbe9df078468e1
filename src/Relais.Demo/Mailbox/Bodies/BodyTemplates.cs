using System.Text.RegularExpressions;

namespace Relais.Demo.Mailbox.Bodies;

/// <summary>
/// The phrasings of one kind of message, French and English. Paragraphs are separated by a blank
/// line; {slot}s are filled per message (see SlotValues). A phrasing may start with its own
/// subjects, "[Subject one|Subject two] ", used instead of the generic subjects most of the time.
/// </summary>
internal sealed partial record BodyTemplates(
    string Intent,
    bool AsksForReply,
    IReadOnlyList<string> SubjectsFr,
    IReadOnlyList<string> SubjectsEn,
    IReadOnlyList<string> Fr,
    IReadOnlyList<string> En)
{
    /// <summary>False for curt messages (complaints, unsubscribes): no "I hope you are well".</summary>
    public bool Pleasantries { get; init; } = true;

    public (string Subject, IReadOnlyList<string> Paragraphs) Compose(MailContext c)
    {
        var phrasing = c.Rng.Pick(c.Fr ? Fr : En);
        var generic = c.Fr ? SubjectsFr : SubjectsEn;
        var own = OwnSubjects().Match(phrasing);
        var subject = "";
        if (own.Success)
        {
            phrasing = phrasing[own.Length..];
            var subjects = own.Groups[1].Value.Split('|');
            subject = generic.Count == 0 || c.Rng.Chance(0.75) ? c.Rng.Pick(subjects) : c.Rng.Pick(generic);
        }
        else if (generic.Count > 0)
        {
            subject = c.Rng.Pick(generic);
        }
        return (c.Fill(subject), c.Fill(phrasing).Split("\n\n"));
    }

    [GeneratedRegex(@"^\[([^\]]+)\]\s*")]
    private static partial Regex OwnSubjects();
}
