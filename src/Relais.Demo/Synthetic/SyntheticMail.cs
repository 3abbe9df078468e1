namespace Relais.Demo.Synthetic;

/// <summary>
/// Generates varied French and English messages with their signature lines marked: corporate blocks,
/// bare first names, initials, extensions, pipes, separators, taglines, disclaimers after the block,
/// and messages without any signature whose last lines look like one (lists, data, short prose).
/// </summary>
public static class SyntheticMail
{
    private static readonly string[] ShortEndings = ["See you then.", "Call me.", "ok", "FYI", "Will do.", "Sounds good.", "À demain.", "C'est noté.", "Done.", "Call Kim", "No problem", "Merci pour l'info"];
    private static readonly string[] LongThanks =
    [
        "Thanks for your help on this one, I really appreciate all the work you put into it.",
        "Thank you for taking the time to review the proposal with the whole team last week.",
        "Merci encore pour votre accueil et pour le temps que vous nous avez consacré hier.",
    ];

    private static readonly string[] Disclaimers =
    [
        "This e-mail and any attachments are confidential and intended solely for the addressee. If you are not the intended recipient, please notify the sender immediately and delete this message; any dissemination, distribution or copying is strictly prohibited.",
        "Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Si vous n'êtes pas le destinataire, merci de le supprimer et d'en avertir immédiatement l'expéditeur. Toute diffusion non autorisée est interdite.",
        "CONFIDENTIALITY NOTICE: The information in this message is privileged and confidential, intended only for the recipient named above. If you have received it in error, please delete it.",
    ];

    private static readonly string[] PostScripts = ["P.S. Don't forget the party on Friday!", "PS: the file is on the shared drive.", "P.S.  Go team!", "PS - nos bureaux seront fermés lundi."];
    private static readonly string[] Attachments = [" - Q3 volumes final.xls", "<<Draft NDA v2.doc>>", "(See attached file: memo.doc)", " - notes.pdf", "<< File: Budget 2002.xls >>", " - image001.jpg"];

    public static List<LabelledMail> Generate(int count, int seed)
    {
        var r = new Random(seed);
        var mails = new List<LabelledMail>(count);
        for (var i = 0; i < count; i++)
        {
            mails.Add(One(r, i));
        }

        return mails;
    }

    private static LabelledMail One(Random r, int id)
    {
        var french = r.NextDouble() < 0.4;
        var person = SyntheticPeople.Create(r, french);
        var from = r.NextDouble() < 0.1 ? SyntheticPeople.From(r, SyntheticPeople.Create(r, french)) : SyntheticPeople.From(r, person);
        var lines = new List<(string Text, bool Signature)>();
        void Add(IEnumerable<string> texts, bool signature) => lines.AddRange(texts.Select(t => (t, signature)));
        void Blank(double p = 1)
        {
            if (r.NextDouble() < p)
            {
                lines.Add(("", false));
            }
        }

        if (SyntheticBodies.Greeting(r, french) is { } greeting)
        {
            Add([greeting], false);
            Blank(0.8);
        }

        var paragraphs = 1 + r.Next(4);
        for (var k = 0; k < paragraphs; k++)
        {
            Add(SyntheticBodies.Paragraph(r, french), false);
            Blank(k < paragraphs - 1 ? 0.85 : 0.7);
        }

        if (r.NextDouble() < 0.7)
        {
            if (r.NextDouble() < 0.06)
            {
                // A sign-off written at the end of the last sentence, as the engine splits it off.
                var tail = SyntheticSignatures.Closing(r, french).TrimEnd(',');
                Add([r.Next(2) == 0 ? tail : tail + SyntheticPeople.Pick(r, ["  ", " ", ".  ", "  --"]) + SyntheticPeople.SignedName(r, person, false)], true);
            }
            else
            {
                Blank(0.3);
                Add(SyntheticSignatures.Block(r, person), true);
            }

            if (r.NextDouble() < 0.04)
            {
                Blank(0.5);
                Add([SyntheticPeople.Pick(r, PostScripts)], false);
            }
        }
        else
        {
            Ending(r, french, Add);
        }

        if (r.NextDouble() < 0.06)
        {
            Blank(0.7);
            Add(SyntheticSignatures.Tagline(r), true);
        }

        if (r.NextDouble() < 0.06)
        {
            Blank(0.6);
            Add(Enumerable.Range(0, 1 + r.Next(3)).Select(_ => SyntheticPeople.Pick(r, Attachments)), false);
        }

        if (r.NextDouble() < 0.08)
        {
            Blank();
            if (r.Next(2) == 0)
            {
                Add(["________________________________"], false);
            }

            var text = SyntheticPeople.Pick(r, Disclaimers);
            Add(r.Next(2) == 0 ? [text] : Chunk(text, 70), false);
        }

        for (var b = r.Next(3); b > 0; b--)
        {
            Blank();
        }

        return new LabelledMail("generated-" + id.ToString(System.Globalization.CultureInfo.InvariantCulture), [.. lines.Select(l => l.Text)], [.. lines.Select(l => l.Signature)], from);
    }

    private static void Ending(Random r, bool french, Action<IEnumerable<string>, bool> add)
    {
        var kind = r.NextDouble();
        if (kind < 0.25)
        {
            add([SyntheticPeople.Pick(r, ShortEndings)], false);
        }
        else if (kind < 0.4)
        {
            add(SyntheticData.Lines(r), false);
        }
        else if (kind < 0.5)
        {
            add([SyntheticPeople.Pick(r, LongThanks)], false);
        }
        else if (kind < 0.6)
        {
            add([SyntheticBodies.Sentence(r, french)], false);
        }
    }

    private static IEnumerable<string> Chunk(string text, int width)
    {
        var line = "";
        foreach (var word in text.Split(' '))
        {
            if (line.Length + word.Length + 1 > width && line.Length > 0)
            {
                yield return line;
                line = "";
            }

            line = line.Length == 0 ? word : line + " " + word;
        }

        if (line.Length > 0)
        {
            yield return line;
        }
    }
}
