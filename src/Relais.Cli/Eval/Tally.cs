namespace Relais.Cli.Eval;

/// <summary>score.py's counters (lt, mt, ft, bt, at, tt) and how they become the report.</summary>
internal sealed class Tally
{
    private readonly Dictionary<string, int> _lines = [];
    private readonly Dictionary<string, int> _present = [];
    private readonly Dictionary<(string Field, string Kind), int> _fields = [];
    private readonly Dictionary<string, int> _reply = [];
    private readonly Dictionary<(string Kind, string Count), int> _automated = [];
    private readonly Dictionary<string, int> _text = [];
    private bool _anyFields;
    private bool _anyAutomated;

    public void Signature(Gold g, Prediction p)
    {
        if (g.SignatureLines is null)
        {
            return;
        }

        var predicted = Multiset.Of(Lines.NonBlank(p.SignatureText ?? "", splitLines: true));
        var all = Multiset.Of(g.SignatureLines);
        var block = Multiset.Of(g.BlockLines is { Count: > 0 } b ? b : g.SignatureLines);
        Add(_lines, "tp_p", Multiset.Intersection(predicted, all));
        Add(_lines, "pred", Multiset.Size(predicted));
        Add(_lines, "tp_r", Multiset.Intersection(predicted, block));
        Add(_lines, "gold", Multiset.Size(block));
        var has = predicted.Count > 0;
        var gold = g.HasSignature ?? false;
        Add(_present, "tp", has && gold ? 1 : 0);
        Add(_present, "fp", has && !gold ? 1 : 0);
        Add(_present, "fn", !has && gold ? 1 : 0);
        Add(_present, "pos", gold ? 1 : 0);
    }

    public void Fields(Gold g, Prediction p, bool hasMobile, IEnumerable<string> names)
    {
        if (g.Fields is null)
        {
            return;
        }

        foreach (var field in names)
        {
            if (field == "mobile" && !hasMobile)
            {
                continue;
            }

            _anyFields = true;
            var gv = g.Fields.GetValueOrDefault(field) ?? [];
            var cands = new List<(string Value, string Source)>();
            if (p.Contact.TryGetValue(field, out var v) && v.Value.Length > 0)
            {
                cands.Add((v.Value, Prediction.SourceOf(v)));
            }

            if (field == "phone" && !hasMobile && p.Contact.TryGetValue("mobile", out var m) && m.Value.Length > 0)
            {
                cands.Add((m.Value, Prediction.SourceOf(m)));
            }

            if (gv.Count == 0)
            {
                // The set labels signatures only: header- or domain-derived values are not judged here.
                cands.RemoveAll(c => c.Source != "signature");
            }

            var hit = cands.Any(c => gv.Any(x => Matching.Same(field, c.Value, x)));
            if (hit)
            {
                Add(_fields, (field, "tp"), 1);
            }
            else
            {
                Add(_fields, (field, "fp"), cands.Count > 0 ? 1 : 0);
                Add(_fields, (field, "fn"), gv.Count > 0 ? 1 : 0);
            }
        }
    }

    public void NeedsReply(Gold g, Prediction p)
    {
        if (g.NeedsReply is not { } gold)
        {
            return;
        }

        var v = p.NeedsReply;
        Add(_reply, "tp", v && gold ? 1 : 0);
        Add(_reply, "fp", v && !gold ? 1 : 0);
        Add(_reply, "fn", !v && gold ? 1 : 0);
        Add(_reply, "pos", gold ? 1 : 0);
        Add(_reply, "n", 1);
    }

    public void Text(Gold g, Prediction p)
    {
        if (g.TextLines is null)
        {
            return;
        }

        var predicted = Multiset.Of(Lines.NonBlank(p.Text, splitLines: true));
        var gold = Multiset.Of(g.TextLines);
        Add(_text, "tp", Multiset.Intersection(predicted, gold));
        Add(_text, "pred", Multiset.Size(predicted));
        Add(_text, "gold", Multiset.Size(gold));
        Add(_text, "exact", Multiset.Equal(predicted, gold) ? 1 : 0);
        Add(_text, "n", 1);
    }

    public void Automated(Gold g, Prediction p)
    {
        if (!g.HasAutomated)
        {
            return;
        }

        _anyAutomated = true;
        foreach (var c in new[] { "auto_reply", "bounce" })
        {
            Add(_automated, (c, "tp"), p.Automated == c && g.Automated == c ? 1 : 0);
            Add(_automated, (c, "fp"), p.Automated == c && g.Automated != c ? 1 : 0);
            Add(_automated, (c, "fn"), p.Automated != c && g.Automated == c ? 1 : 0);
        }
    }

    public void Report(PyObject o, int messages, IEnumerable<string> names)
    {
        if (Get(_lines, "gold") > 0)
        {
            var p = Get(_lines, "pred") > 0 ? (double)Get(_lines, "tp_p") / Get(_lines, "pred") : 0.0;
            var r = (double)Get(_lines, "tp_r") / Get(_lines, "gold");
            o.Add("signature_lines", new PyObject
            {
                { "precision", PyFloat.Round(p) },
                { "recall", PyFloat.Round(r) },
                { "f1", p + r > 0 ? PyFloat.Round(2 * p * r / (p + r)) : 0.0 },
                { "gold_block_lines", Get(_lines, "gold") },
            });
            var present = Scorer.PrfObject(Get(_present, "tp"), Get(_present, "fp"), Get(_present, "fn"));
            var pos = Get(_present, "pos");
            present.Add("majority_accuracy", PyFloat.Round((double)Math.Max(pos, messages - pos) / messages));
            o.Add("signature_present", present);
        }

        if (_anyFields)
        {
            ReportFields(o, names);
        }

        if (Get(_reply, "n") is var n and > 0)
        {
            var reply = Scorer.PrfObject(Get(_reply, "tp"), Get(_reply, "fp"), Get(_reply, "fn"));
            reply.Add("accuracy", PyFloat.Round((double)(n - Get(_reply, "fp") - Get(_reply, "fn")) / n));
            reply.Add("majority_accuracy", PyFloat.Round((double)Math.Max(Get(_reply, "pos"), n - Get(_reply, "pos")) / n));
            o.Add("needs_reply", reply);
        }

        if (_anyAutomated)
        {
            var automated = new PyObject();
            foreach (var c in new[] { "auto_reply", "bounce" })
            {
                automated.Add(c, Scorer.PrfObject(Get(_automated, (c, "tp")), Get(_automated, (c, "fp")), Get(_automated, (c, "fn"))));
            }

            o.Add("automated", automated);
        }

        if (Get(_text, "n") is var tn and > 0)
        {
            var p = Get(_text, "pred") > 0 ? (double)Get(_text, "tp") / Get(_text, "pred") : 0.0;
            var r = Get(_text, "gold") > 0 ? (double)Get(_text, "tp") / Get(_text, "gold") : 0.0;
            o.Add("text", new PyObject
            {
                { "precision", PyFloat.Round(p) },
                { "recall", PyFloat.Round(r) },
                { "f1", p + r > 0 ? PyFloat.Round(2 * p * r / (p + r)) : 0.0 },
                { "exact", PyFloat.Round((double)Get(_text, "exact") / tn) },
            });
        }
    }

    private void ReportFields(PyObject o, IEnumerable<string> names)
    {
        var per = new PyObject();
        int tpAll = 0, fpAll = 0, fnAll = 0;
        foreach (var field in names)
        {
            int tp = Get(_fields, (field, "tp")), fp = Get(_fields, (field, "fp")), fn = Get(_fields, (field, "fn"));
            if (tp + fp + fn == 0)
            {
                continue;
            }

            var entry = Scorer.PrfObject(tp, fp, fn);
            entry.Add("support", tp + fn);
            per.Add(field, entry);
            tpAll += tp;
            fpAll += fp;
            fnAll += fn;
        }

        o.Add("fields", per);
        o.Add("fields_micro", Scorer.PrfObject(tpAll, fpAll, fnAll));
    }

    private static void Add<TKey>(Dictionary<TKey, int> counter, TKey key, int value)
        where TKey : notnull => counter[key] = counter.GetValueOrDefault(key) + value;

    private static int Get<TKey>(Dictionary<TKey, int> counter, TKey key)
        where TKey : notnull => counter.GetValueOrDefault(key);
}
