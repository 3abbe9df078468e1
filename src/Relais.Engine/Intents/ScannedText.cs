namespace Relais.Engine.Intents;

/// <summary>
/// Every hashed feature of one subject and text, of every family a model may use, in extraction order, before any
/// model's choices (families, cue weight, bucket count) are applied. Scanning is most of a classifier's cost, and the
/// intent and needs-reply models read the same message: the last scan is kept per thread and each model selects its
/// features from it (<see cref="Select"/>), which gives exactly what a scan of its own would have.
/// </summary>
internal sealed class ScannedText
{
    [ThreadStatic]
    private static ScannedText? t_last;

    private Entry[] _entries = new Entry[1024];
    private string? _subject;
    private string? _text;
    private (int MaxChars, int CharMin, int CharMax) _scope;

    /// <summary>Features extracted so far.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// The scan of this subject and text with the config's text bound and character n-grams: this thread's last one
    /// when it was of the same strings, else a new scan (which replaces it).
    /// </summary>
    public static ScannedText Of(string? subject, string text, FeatureConfig config)
    {
        var scan = t_last ??= new ScannedText();
        var scope = (config.MaxChars, config.CharMin, config.CharMax);
        if (!ReferenceEquals(scan._text, text) || !ReferenceEquals(scan._subject, subject) || scan._scope != scope)
        {
            (scan._subject, scan._text, scan._scope) = (null, null, default);
            scan.Count = 0;
            FeatureExtractor.Scan(subject, text, config, scan);
            (scan._subject, scan._text, scan._scope) = (subject, text, scope);
        }

        return scan;
    }

    public void Add(uint hash, uint family)
    {
        if (Count == _entries.Length)
        {
            Array.Resize(ref _entries, _entries.Length * 2);
        }

        _entries[Count++] = new Entry(hash, family);
    }

    /// <summary>The features of one model, in bucket indices: its families, cue features repeated by its cue weight.</summary>
    public int Select(FeatureConfig config, Span<int> features)
    {
        Span<int> repeats = stackalloc int[FeatureFamily.Count];
        FeatureFamily.Repeats(config, repeats);
        var mask = (uint)config.Buckets - 1;
        var count = 0;
        foreach (var entry in _entries.AsSpan(0, Count))
        {
            for (var r = repeats[(int)entry.Family]; r > 0; r--)
            {
                if (count == features.Length)
                {
                    return count;
                }

                features[count++] = (int)(entry.Hash & mask);
            }
        }

        return count;
    }

    private readonly record struct Entry(uint Hash, uint Family);
}
