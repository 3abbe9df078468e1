using System.IO.Compression;
using System.Numerics;

namespace Relais.Engine.Intents;

/// <summary>
/// A linear model over hashed features: one weight row per bucket (one column per class, or a single
/// column for a binary model), a bias per class, and its calibration. Weights are stored as halves,
/// sparse (only trained buckets) and Brotli-compressed; in memory they are a dense float array so
/// scoring is a gather-and-add.
/// </summary>
internal sealed class LinearModel
{
    private const uint Magic = 0x4D4C_5252; // "RRLM"
    private const int FormatVersion = 3;

    public LinearModel(FeatureConfig config, int classes)
    {
        Config = config;
        Classes = classes;
        Weights = new float[config.Buckets * classes];
        Bias = new float[classes];
    }

    public FeatureConfig Config { get; }

    public int Classes { get; }

    public float[] Weights { get; }

    public float[] Bias { get; }

    /// <summary>Softmax temperature (multi-class) or Platt slope (binary).</summary>
    public float CalibrationA { get; set; } = 1;

    /// <summary>Platt intercept (binary); unused for multi-class.</summary>
    public float CalibrationB { get; set; }

    /// <summary>Decision threshold on the calibrated probability (see the classifier using it).</summary>
    public float Threshold { get; set; } = 0.5f;

    /// <summary>
    /// Platt slope, intercept and threshold of a binary model for whole messages (with a subject), where
    /// the others serve lone sentences: the two kinds of text score differently (see NeedsReplyTraining).
    /// </summary>
    public (float A, float B, float Threshold) MailCalibration { get; set; } = (1, 0, 0.5f);

    [ThreadStatic]
    private static int[]? t_features;

    /// <summary>Raw scores of a message: features extracted as the model was trained, into a per-thread buffer.</summary>
    public void Score(string? subject, string text, Span<float> logits)
    {
        var features = t_features ??= new int[FeatureConfig.MaxFeatures];
        var count = FeatureExtractor.Extract(subject, text, Config, features);
        Logits(features.AsSpan(0, count), logits);
    }

    /// <summary>Raw scores (before calibration) for already extracted features.</summary>
    public void Logits(ReadOnlySpan<int> features, Span<float> logits)
    {
        logits.Clear();
        var classes = Classes;
        var weights = Weights.AsSpan();
        if (classes == 1)
        {
            var sum = 0f;
            foreach (var feature in features)
            {
                sum += weights[feature];
            }

            logits[0] = sum;
        }
        else
        {
            foreach (var feature in features)
            {
                AddRow(weights.Slice(feature * classes, classes), logits);
            }
        }

        var scale = features.IsEmpty ? 0 : 1 / MathF.Sqrt(features.Length);
        for (var c = 0; c < classes; c++)
        {
            logits[c] = (logits[c] * scale) + Bias[c];
        }
    }

    // Lanes are classes: each class still sums its weights in feature order, bit-identical to a scalar loop.
    private static void AddRow(ReadOnlySpan<float> row, Span<float> logits)
    {
        var c = 0;
        for (; c + Vector<float>.Count <= row.Length; c += Vector<float>.Count)
        {
            (new Vector<float>(logits[c..]) + new Vector<float>(row[c..])).CopyTo(logits[c..]);
        }

        for (; c < row.Length; c++)
        {
            logits[c] += row[c];
        }
    }

    /// <summary>Rounds the weights to what <see cref="Serialize"/> stores, so evaluation scores the shipped model.</summary>
    public void Quantize()
    {
        for (var i = 0; i < Weights.Length; i++)
        {
            Weights[i] = (float)(Half)Weights[i];
        }
    }

    public byte[] Serialize()
    {
        using var raw = new MemoryStream();
        using (var writer = new BinaryWriter(raw, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(Classes);
            writer.Write(Config.BucketBits);
            writer.Write(Config.CharMin);
            writer.Write(Config.CharMax);
            writer.Write(Config.MaxChars);
            writer.Write(Config.CueWeight);
            writer.Write((int)Config.Extras);
            writer.Write(CalibrationA);
            writer.Write(CalibrationB);
            writer.Write(Threshold);
            writer.Write(MailCalibration.A);
            writer.Write(MailCalibration.B);
            writer.Write(MailCalibration.Threshold);
            foreach (var b in Bias)
            {
                writer.Write(b);
            }

            var previous = -1;
            for (var bucket = 0; bucket < Config.Buckets; bucket++)
            {
                var row = Weights.AsSpan(bucket * Classes, Classes);
                if (!row.ContainsAnyExcept(0f))
                {
                    continue;
                }

                writer.Write7BitEncodedInt(bucket - previous);
                previous = bucket;
                foreach (var w in row)
                {
                    writer.Write((Half)w);
                }
            }

            writer.Write7BitEncodedInt(0);
        }

        using var compressed = new MemoryStream();
        using (var brotli = new BrotliStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            brotli.Write(raw.GetBuffer().AsSpan(0, (int)raw.Length));
        }

        return compressed.ToArray();
    }

    public static LinearModel Deserialize(Stream stream)
    {
        using var brotli = new BrotliStream(stream, CompressionMode.Decompress);
        using var reader = new BinaryReader(brotli);
        if (reader.ReadUInt32() != Magic || reader.ReadInt32() != FormatVersion)
        {
            throw new InvalidDataException("Not a Relais linear model.");
        }

        var classes = reader.ReadInt32();
        var config = new FeatureConfig(reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), (FeatureSet)reader.ReadInt32());
        var model = new LinearModel(config, classes)
        {
            CalibrationA = reader.ReadSingle(),
            CalibrationB = reader.ReadSingle(),
            Threshold = reader.ReadSingle(),
            MailCalibration = (reader.ReadSingle(), reader.ReadSingle(), reader.ReadSingle()),
        };
        for (var c = 0; c < classes; c++)
        {
            model.Bias[c] = reader.ReadSingle();
        }

        var bucket = -1;
        for (var step = reader.Read7BitEncodedInt(); step != 0; step = reader.Read7BitEncodedInt())
        {
            bucket += step;
            for (var c = 0; c < classes; c++)
            {
                model.Weights[(bucket * classes) + c] = (float)reader.ReadHalf();
            }
        }

        return model;
    }

    /// <summary>Loads a model shipped as an embedded resource of the engine.</summary>
    public static LinearModel LoadResource(string name)
    {
        using var stream = typeof(LinearModel).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Missing embedded model {name}.");
        return Deserialize(stream);
    }
}
