using Relais.Demo.Synthetic;
using Relais.Engine.Contacts;
using Relais.Engine.Signatures;

namespace Relais.Cli.Train;

/// <summary>Line-level figures computed as score.py computes them (predicted lines that are gold over gold lines found).</summary>
internal sealed record LineScore(int TruePositives, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? 0 : TruePositives / (double)Predicted;
    public double Recall => Gold == 0 ? 0 : TruePositives / (double)Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static LineScore operator +(LineScore a, LineScore b) =>
        new(a.TruePositives + b.TruePositives, a.Predicted + b.Predicted, a.Gold + b.Gold);

    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"P {Precision:0.000}  R {Recall:0.000}  F1 {F1:0.000}  (gold lines {Gold})");
}

/// <summary>Featurises labelled mail, fits the line classifier and measures it with the real decoder.</summary>
internal static class SignatureTrainer
{
    public static SignatureModel Fit(IEnumerable<(LabelledMail Mail, double Weight)> mails, double l2, float tailPenalty, float minBlockScore)
    {
        var rows = new List<Row>();
        Span<int> buffer = stackalloc int[256];
        foreach (var (mail, weight) in mails)
        {
            var window = SignatureWindow.Describe(mail.Lines, SenderName.Parse(mail.From));
            for (var k = 0; k < window.Lines.Length; k++)
            {
                var n = SignatureFeatures.Extract(window.Lines, k, window.Contexts[k], buffer);
                rows.Add(new Row(buffer[..n].ToArray(), mail.Signature[window.Lines[k].Index], weight));
            }
        }

        var w = LogisticRegression.Fit(rows, SignatureFeatures.Count, l2);
        return new SignatureModel([.. w.Select(x => (float)x)], tailPenalty, minBlockScore);
    }

    /// <summary>Every predicted block with its evidence and whether its non-blank lines are exactly the gold signature lines.</summary>
    public static List<BlockOutcome> Blocks(IEnumerable<LabelledMail> mails, SignatureModel model, int fold)
    {
        var outcomes = new List<BlockOutcome>();
        foreach (var mail in mails)
        {
            if (Predict(mail, model) is not { } span)
            {
                continue;
            }

            var exact = true;
            for (var i = 0; i < mail.Lines.Length && exact; i++)
            {
                var inside = i >= span.Start && i < span.Start + span.Length;
                exact = mail.Lines[i].Trim().Length == 0 || inside == mail.Signature[i];
            }

            outcomes.Add(new BlockOutcome(span.Evidence, exact, fold));
        }

        return outcomes;
    }

    private static SignatureSpan? Predict(LabelledMail mail, SignatureModel model)
    {
        var lines = mail.Lines;
        var span = SignatureDetector.Detect(ref lines, SenderName.Parse(mail.From), model);

        // Dataset mail is already split; a split here means a sign-off was cut off a sentence line.
        return lines.Length != mail.Lines.Length ? SignatureDetector.Detect(mail.Lines, SenderName.Parse(mail.From), model) : span;
    }

    public static LineScore Evaluate(IEnumerable<LabelledMail> mails, SignatureModel model)
    {
        var total = new LineScore(0, 0, 0);
        foreach (var mail in mails)
        {
            var span = Predict(mail, model);
            var gold = mail.Lines.Where((l, i) => mail.Signature[i] && l.Trim().Length > 0).Count();
            var tp = 0;
            var predicted = 0;
            if (span is not null)
            {
                for (var i = span.Start; i < span.Start + span.Length; i++)
                {
                    if (mail.Lines[i].Trim().Length > 0)
                    {
                        predicted++;
                        tp += mail.Signature[i] ? 1 : 0;
                    }
                }
            }

            total += new LineScore(tp, predicted, gold);
        }

        return total;
    }
}
