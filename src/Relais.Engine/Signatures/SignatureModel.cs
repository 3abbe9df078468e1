using System.Reflection;
using System.Text.Json;

namespace Relais.Engine.Signatures;

/// <summary>
/// The line classifier's weights, read once from the embedded <c>signature-model.json</c> written by
/// <c>relais train signatures</c>. Features the file does not name weigh nothing.
/// </summary>
internal sealed class SignatureModel
{
    public const string ResourceName = "Relais.Engine.Signatures.signature-model.json";

    private static readonly Lazy<SignatureModel> Embedded = new(Load);

    public SignatureModel(float[] weights, float tailPenalty, float minBlockScore, float[]? blockCalibration = null)
    {
        Weights = weights;
        TailPenalty = tailPenalty;
        MinBlockScore = minBlockScore;
        BlockCalibration = blockCalibration;
    }

    public static SignatureModel Shipped => Embedded.Value;

    public float[] Weights { get; }

    /// <summary>Cost of leaving a non-disclaimer line after the chosen block: signatures close the text.</summary>
    public float TailPenalty { get; }

    /// <summary>Total score a block needs to count as a signature: one weakly name-like line is not enough.</summary>
    public float MinBlockScore { get; }

    /// <summary>Weights over <see cref="BlockEvidence.Names"/> giving the block's confidence, or null (mean line probability).</summary>
    public float[]? BlockCalibration { get; }

    public float Score(ReadOnlySpan<int> features)
    {
        var sum = 0f;
        foreach (var f in features)
        {
            sum += Weights[f];
        }

        return sum;
    }

    public static SignatureModel FromJson(Stream json)
    {
        using var doc = JsonDocument.Parse(json);
        var weights = new float[SignatureFeatures.Count];
        var index = SignatureFeatures.Names.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i, StringComparer.Ordinal);
        foreach (var p in doc.RootElement.GetProperty("weights").EnumerateObject())
        {
            if (index.TryGetValue(p.Name, out var i))
            {
                weights[i] = p.Value.GetSingle();
            }
        }

        var tail = doc.RootElement.TryGetProperty("tail_penalty", out var t) ? t.GetSingle() : 3f;
        var min = doc.RootElement.TryGetProperty("min_block_score", out var m) ? m.GetSingle() : 0f;
        float[]? calibration = null;
        if (doc.RootElement.TryGetProperty("block_calibration", out var c))
        {
            calibration = [.. BlockEvidence.Names.Select(n => c.TryGetProperty(n, out var v) ? v.GetSingle() : 0f)];
        }

        return new SignatureModel(weights, tail, min, calibration);
    }

    private static SignatureModel Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("signature-model.json is not embedded in the engine assembly.");
        return FromJson(stream);
    }
}
