using Relais.Engine.Contacts;

namespace Relais.Engine.Signatures;

/// <summary>The signature as a range of the sender's own lines.</summary>
internal sealed record SignatureSpan(int Start, int Length, double Confidence, BlockEvidence Evidence);

/// <summary>
/// Finds the sender's sign-off and signature block at the end of their own text: a linear classifier
/// scores each of the last lines from its features and its neighbours', then
/// <see cref="SignatureDecoder"/> keeps one contiguous block.
/// </summary>
internal static class SignatureDetector
{
    public static SignatureSpan? Detect(IReadOnlyList<string> lines, Sender? from) =>
        Detect(lines, SenderName.Parse(from), SignatureModel.Shipped);

    /// <summary>
    /// Detects the signature and, when it starts mid-line ("please verify.  Thanks.  Sara"), replaces
    /// <paramref name="lines"/> by a copy with that line broken where the sign-off starts.
    /// </summary>
    public static SignatureSpan? Detect(ref string[] lines, Sender? from) =>
        Detect(ref lines, SenderName.Parse(from), SignatureModel.Shipped);

    public static SignatureSpan? Detect(ref string[] lines, SenderName sender, SignatureModel model)
    {
        var (split, signoff) = SignoffSplitter.Split(lines);
        if (signoff >= 0)
        {
            var span = Detect(split, sender, model);
            if (span is not null && span.Start == signoff)
            {
                lines = split;
                return span;
            }
        }

        var found = Detect(lines, sender, model);

        // "... Please advise.  Thanks, Deb" over a name block: the block opens with the sign-off ending the sentence above it.
        if (found is not null && SignoffSplitter.SplitAbove(lines, found.Start) is { } above)
        {
            lines = above.Lines;
            return found with { Start = above.Signoff, Length = found.Length + 1 + found.Start - above.Signoff };
        }

        return found;
    }

    public static SignatureSpan? Detect(IReadOnlyList<string> lines, SenderName sender, SignatureModel model)
    {
        var window = SignatureWindow.Describe(lines, sender);
        var infos = window.Lines;
        if (infos.Length == 0)
        {
            return null;
        }

        Span<float> scores = stackalloc float[infos.Length];
        Score(window, model, scores);
        var decoded = SignatureDecoder.Decode(infos, window.FreeFrom, scores, model.TailPenalty, model.MinBlockScore);
        if (decoded is not { } d)
        {
            return null;
        }

        var start = infos[d.Start].Index;
        return new SignatureSpan(start, infos[d.End].Index - start + 1, d.Evidence.Confidence(model.BlockCalibration), d.Evidence);
    }

    public static void Score(SignatureWindow window, SignatureModel model, Span<float> scores)
    {
        Span<int> features = stackalloc int[256];
        for (var k = 0; k < window.Lines.Length; k++)
        {
            var n = SignatureFeatures.Extract(window.Lines, k, window.Contexts[k], features);
            scores[k] = model.Score(features[..n]);
        }
    }
}
