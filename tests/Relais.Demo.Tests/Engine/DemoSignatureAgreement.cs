using System.Globalization;
using System.Text;
using Relais.Demo.Mailbox;
using Relais.Engine;

namespace Relais.Demo.Tests.Engine;

/// <summary>Per-field counts of the engine against the demo roster, and the messages behind each miss.</summary>
internal sealed class DemoSignatureAgreement
{
    private readonly Dictionary<string, (int Tp, int Fp, int Fn)> _counts = [];
    private readonly Dictionary<string, List<string>> _misses = [];

    public int Messages { get; private set; }
    public int Signed { get; private set; }
    public int HumanInbound { get; private set; }
    public int CleanText { get; private set; }
    public List<string> DirtyTexts { get; } = [];

    public static DemoSignatureAgreement Measure(IEnumerable<DemoEmail> mailbox)
    {
        var analyzer = new EmailAnalyzer(new AnalyzerOptions { DefaultRegion = "FR" });
        var result = new DemoSignatureAgreement();
        foreach (var email in mailbox.Where(e => e.Kind == DemoMailKind.Human && !e.Outbound))
        {
            var truth = DemoSignatureTruth.Of(email);
            var analysis = analyzer.Analyze(email.Message, email.Message.MessageId);
            result.HumanInbound++;
            result.CheckText(truth, analysis);
            if (truth.Signed == SignedWith.None)
            {
                continue;
            }

            result.Signed++;
            foreach (var field in DemoSignatureTruth.FieldNames)
            {
                result.Count(field, truth.Fields.GetValueOrDefault(field), Value(analysis.Contact, field), truth, analysis);
            }
        }

        return result;
    }

    public (double Precision, double Recall, int Support) Of(string field)
    {
        var (tp, fp, fn) = _counts.GetValueOrDefault(field);
        return (tp + fp == 0 ? 1 : tp / (double)(tp + fp), tp + fn == 0 ? 1 : tp / (double)(tp + fn), tp + fn);
    }

    public string Report(string? field = null)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{HumanInbound} human inbound, {Signed} signed; text clean in {CleanText}/{HumanInbound}\n");
        foreach (var f in DemoSignatureTruth.FieldNames)
        {
            var (p, r, support) = Of(f);
            sb.Append(CultureInfo.InvariantCulture, $"{f,-11} P {p:0.000} R {r:0.000} (support {support})\n");
        }

        foreach (var miss in field is null ? [] : _misses.GetValueOrDefault(field, []).Take(20))
        {
            sb.Append(miss).Append('\n');
        }

        return sb.ToString();
    }

    private void CheckText(DemoSignatureTruth truth, EmailAnalysis analysis)
    {
        var text = analysis.Text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var closing = truth.Signed == SignedWith.None ? [] : OwnClosing(truth);
        var leaked = text.Where(l => truth.QuotedLines.Contains(l) || truth.SignatureLines.Contains(l) || closing.Contains(l)).ToList();
        if (leaked.Count == 0)
        {
            CleanText++;
        }
        else
        {
            DirtyTexts.Add($"{truth.Contact.Email}: {string.Join(" / ", leaked.Take(3))}");
        }
    }

    /// <summary>The sign-off line right above the signature in the sender's own part.</summary>
    private static List<string> OwnClosing(DemoSignatureTruth truth)
    {
        var at = truth.OwnLines.ToList().IndexOf(truth.SignatureLines[0]);
        return at > 0 ? [truth.OwnLines[at - 1]] : [];
    }

    private void Count(string field, string? truth, FieldValue? predicted, DemoSignatureTruth t, EmailAnalysis analysis)
    {
        var (tp, fp, fn) = _counts.GetValueOrDefault(field);
        // Where the signature shows no value, only values read from it are judged (as score.py does).
        var judged = predicted is not null && (truth is not null || predicted.Source == FieldSource.Signature);
        var right = truth is not null && predicted is not null && Same(field, predicted.Value, truth);
        if (right)
        {
            tp++;
        }
        else
        {
            fp += judged ? 1 : 0;
            fn += truth is not null ? 1 : 0;
            if (judged || truth is not null)
            {
                _misses.TryAdd(field, []);
                _misses[field].Add($"  {t.Contact.Email} [{t.Signed}] want «{truth}» got «{predicted?.Value}» ({predicted?.Source}); signature «{analysis.Signature?.Text.Replace('\n', '/')}»");
            }
        }

        _counts[field] = (tp, fp, fn);
    }

    private static bool Same(string field, string predicted, string truth) => field switch
    {
        "full_name" or "address" => Tokens(predicted).SetEquals(Tokens(truth)),
        "first_name" or "last_name" or "email" or "phone" or "mobile" or "fax" or "website" or "linkedin" => predicted == truth,
        _ => string.Equals(predicted.Trim(), truth.Trim(), StringComparison.OrdinalIgnoreCase),
    };

    private static HashSet<string> Tokens(string s) =>
        s.ToLowerInvariant().Split([' ', ',', '–', '-', '|', ';'], StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

    private static FieldValue? Value(ContactFields c, string field) => field switch
    {
        "full_name" => c.FullName,
        "first_name" => c.FirstName,
        "last_name" => c.LastName,
        "job_title" => c.JobTitle,
        "company" => c.Company,
        "email" => c.Email,
        "phone" => c.Phone,
        "mobile" => c.Mobile,
        "fax" => c.Fax,
        "website" => c.Website,
        "linkedin" => c.Linkedin,
        _ => c.Address,
    };
}
