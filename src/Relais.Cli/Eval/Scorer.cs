namespace Relais.Cli.Eval;

/// <summary>A port of ../shared/eval/score.py: the same figures, rounded and printed the same way.</summary>
internal static class Scorer
{
    private static readonly string[] FieldNames =
        ["full_name", "job_title", "company", "email", "phone", "mobile", "fax", "website", "linkedin", "address"];

    public static PyObject Score(string dataset, IReadOnlyList<Gold> golds, IReadOnlyDictionary<string, Prediction> predictions)
    {
        // score.py keeps the last gold line per source, in first-seen order (a dict).
        var gold = new Dictionary<string, Gold>(StringComparer.Ordinal);
        foreach (var g in golds)
        {
            gold[g.Source] = g;
        }

        var outObj = new PyObject
        {
            { "dataset", dataset },
            { "messages", gold.Count },
            { "answered", gold.Keys.Count(predictions.ContainsKey) },
        };
        var hasMobile = gold.Values.Any(g => g.Fields?.ContainsKey("mobile") ?? false);
        var tally = new Tally();
        foreach (var (source, g) in gold)
        {
            var p = predictions.GetValueOrDefault(source) ?? Prediction.Missing;
            tally.Signature(g, p);
            tally.Fields(g, p, hasMobile, FieldNames);
            tally.NeedsReply(g, p);
            tally.Text(g, p);
            tally.Automated(g, p);
        }

        tally.Report(outObj, gold.Count, FieldNames);
        return outObj;
    }

    public static (double P, double R, double F) Prf(int tp, int fp, int fn)
    {
        var p = tp + fp > 0 ? (double)tp / (tp + fp) : 0.0;
        var r = tp + fn > 0 ? (double)tp / (tp + fn) : 0.0;
        var f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        return (PyFloat.Round(p), PyFloat.Round(r), PyFloat.Round(f));
    }

    public static PyObject PrfObject(int tp, int fp, int fn)
    {
        var (p, r, f) = Prf(tp, fp, fn);
        return new PyObject { { "precision", p }, { "recall", r }, { "f1", f } };
    }
}
