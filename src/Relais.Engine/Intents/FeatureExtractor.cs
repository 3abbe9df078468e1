namespace Relais.Engine.Intents;

/// <summary>
/// Turns subject and text into hashed feature indices (the hashing trick) in one pass without
/// allocating: stemmed words, word bigrams with sentence boundaries (so "BOS could" marks a question
/// opening), '?' and '!' as tokens, character n-grams of the folded words, cue-lexicon groups, a length
/// bucket. Subject words get their own namespace. Each index carries the same value, 1/sqrt(count).
/// The scan produces every family (<see cref="ScannedText"/>); a model's config selects its own.
/// </summary>
internal static class FeatureExtractor
{
    private const int MaxToken = 40;
    private const uint SentenceStart = 0x5EB7_0001, Question = 0x3F3F_3F3F, Exclamation = 0x2121_2121;

    /// <summary>The features of subject and text as the config asks, at most <see cref="FeatureConfig.MaxFeatures"/>.</summary>
    public static int Extract(string? subject, string text, FeatureConfig config, Span<int> features) =>
        ScannedText.Of(subject, text, config).Select(config, features[..Math.Min(features.Length, FeatureConfig.MaxFeatures)]);

    /// <summary>Scans subject and text (bounded by the config's MaxChars) into <paramref name="target"/>, every family included.</summary>
    public static void Scan(string? subject, string text, FeatureConfig config, ScannedText target)
    {
        var sink = new Sink(target, config);
        if (!string.IsNullOrEmpty(subject))
        {
            Scan(subject.AsSpan(0, Math.Min(subject.Length, 300)), isSubject: true, ref sink);
        }

        var words = sink.Words;
        Scan(text.AsSpan(0, Math.Min(text.Length, config.MaxChars)), isSubject: false, ref sink);
        var bodyWords = sink.Words - words;
        if (!sink.Full)
        {
            sink.Add((uint)(bodyWords == 0 ? 0 : 1 + Math.Min(6, (int)Math.Log2(bodyWords))), FeatureFamily.Length);
        }
    }

    /// <summary>The stem hashes of a phrase's words (used to build the cue lexicon; allocates).</summary>
    public static uint[] StemHashes(string phrase)
    {
        var stems = new List<uint>();
        Span<char> token = stackalloc char[MaxToken];
        var length = 0;
        foreach (var c in phrase.Append(' '))
        {
            var folded = TextFolding.Fold(c);
            if (folded != '\0' && length < MaxToken)
            {
                token[length++] = folded;
            }
            else if (folded == '\0' && length > 0)
            {
                stems.Add(Hash(token[..LightStemmer.StemLength(token[..length])]));
                length = 0;
            }
        }

        return [.. stems];
    }

    private static void Scan(ReadOnlySpan<char> text, bool isSubject, ref Sink sink)
    {
        Span<char> token = stackalloc char[MaxToken];
        Span<uint> recent = stackalloc uint[CueLexicon.MaxPhrase];
        Span<uint> phrases = stackalloc uint[CueLexicon.MaxPhrase]; // phrases[j]: the cue-phrase hash of recent[j..]
        var length = 0;
        var recentCount = 0;
        var previous = SentenceStart;
        var sentence = default(Sentence);
        for (var i = 0; i <= text.Length && !sink.Full; i++)
        {
            var c = i < text.Length ? text[i] : '\n';
            var folded = TextFolding.Fold(c);
            if (folded != '\0')
            {
                if (length < MaxToken)
                {
                    token[length++] = folded;
                }

                var second = c < TextFolding.FirstLigature ? '\0' : TextFolding.Second(c);
                if (second != '\0' && length < MaxToken)
                {
                    token[length++] = second;
                }

                continue;
            }

            if (length > 0)
            {
                var before = previous;
                previous = sink.AddWord(token[..length], previous, isSubject);
                sink.AddTrigram(sentence.Words == 0 ? SentenceStart : sentence.BeforePrevious, before, previous, isSubject);
                sentence = sentence.Next(before, previous);
                if (recentCount == recent.Length)
                {
                    recent[1..].CopyTo(recent);
                    phrases[1..].CopyTo(phrases);
                    recentCount--;
                }

                recent[recentCount] = previous;
                phrases[recentCount++] = CueLexicon.PhraseSeed;
                for (var j = 0; j < recentCount; j++)
                {
                    phrases[j] = CueLexicon.PhraseStep(phrases[j], previous);
                }

                sink.AddPairs(recent[..recentCount], sentence, isSubject);
                sink.AddCues(recent[..recentCount], phrases[..recentCount], isSubject);
                if (recentCount == 1 && !isSubject)
                {
                    sink.AddOpening(token[..length], previous);
                }

                length = 0;
            }

            var boundary = true;
            switch (c)
            {
                case '?':
                    sink.AddMarker(Question, previous, isSubject);
                    break;
                case '!':
                    sink.AddMarker(Exclamation, previous, isSubject);
                    break;
                case '.' or '\n' or ';' or ':' or '\u2026':
                    break;
                default:
                    boundary = false;
                    break;
            }

            if (boundary)
            {
                sink.AddShape(sentence, c, isSubject);
                previous = SentenceStart;
                recentCount = 0;
                sentence = default;
            }
        }
    }

    /// <summary>What the sentence being read has shown so far: its first word, the word before the last, whether it addresses the reader.</summary>
    private readonly record struct Sentence(int Words, uint First, uint BeforePrevious, bool Addressed)
    {
        public Sentence Next(uint previous, uint word) =>
            new(Words + 1, Words == 0 ? word : First, previous, Addressed || CueLexicon.Addressee(word));
    }

    /// <summary>
    /// Writes features to the scan. A model takes exactly one feature per word, bigram and '?'/'!' marker: once
    /// <see cref="FeatureConfig.MaxFeatures"/> of those are written, every model is full and the scan stops.
    /// </summary>
    private ref struct Sink(ScannedText target, FeatureConfig config)
    {
        private readonly ScannedText _target = target;
        private readonly int _charMin = config.CharMin;
        private readonly int _charMax = config.CharMax;
        private int _taken;

        public int Words { get; private set; }

        public readonly bool Full => _taken >= FeatureConfig.MaxFeatures;

        public uint AddWord(scoped ReadOnlySpan<char> token, uint previous, bool isSubject)
        {
            Words++;
            var stemLength = LightStemmer.StemLength(token);
            var stem = Hash(token[..stemLength]);
            AddMarker(stem, previous, isSubject);
            if (stemLength < token.Length)
            {
                Add(Hash(token), isSubject ? FeatureFamily.SubjectRawWord : FeatureFamily.RawWord);
            }

            if (_charMax > 0)
            {
                AddCharGrams(token);
            }
            return stem;
        }

        public void AddMarker(uint word, uint previous, bool isSubject)
        {
            Add(word, isSubject ? FeatureFamily.SubjectWord : FeatureFamily.Word);
            if (!isSubject)
            {
                Add((previous * 0x9E37_79B1) ^ word, FeatureFamily.Bigram);
            }
        }

        public void AddTrigram(uint first, uint second, uint third, bool isSubject)
        {
            if (!isSubject)
            {
                Add((((first * 0x9E37_79B1) ^ second) * 0x9E37_79B1) ^ third, FeatureFamily.Trigram);
            }
        }

        /// <summary>The last word paired with the words two to four before it, and with the sentence's first word.</summary>
        public void AddPairs(scoped ReadOnlySpan<uint> recent, Sentence sentence, bool isSubject)
        {
            if (isSubject)
            {
                return;
            }

            var word = recent[^1];
            for (var k = 3; k <= Math.Min(5, recent.Length); k++)
            {
                Add((recent[^k] * 0x9E37_79B1) ^ word, FeatureFamily.Skip);
            }

            if (sentence.Words >= 3)
            {
                Add((sentence.First * 0x9E37_79B1) ^ word, FeatureFamily.OpeningPair);
            }
        }

        /// <summary>A finished sentence's form: how it opens, whether it speaks to the reader, how it ends.</summary>
        public void AddShape(Sentence sentence, char end, bool isSubject)
        {
            if (isSubject || sentence.Words == 0)
            {
                return;
            }

            var ending = end is '?' or '!' ? end : '.';
            var addressed = sentence.Addressed ? 1u : 2u;
            Add((sentence.First * 0x9E37_79B1) ^ ending, FeatureFamily.Shape);
            Add((addressed * 0x9E37_79B1) ^ ending ^ 0x5A5A_0000, FeatureFamily.Shape);
            Add((sentence.First * 0x9E37_79B1) ^ addressed ^ 0xA5A5_0000, FeatureFamily.Shape);
        }

        /// <summary>Cue groups of the last word alone and of every phrase ending with it (<paramref name="phrases"/>: their hashes).</summary>
        public void AddCues(scoped ReadOnlySpan<uint> recent, scoped ReadOnlySpan<uint> phrases, bool isSubject)
        {
            var groups = CueLexicon.Word(recent[^1]);
            for (var k = 2; k <= recent.Length; k++)
            {
                groups |= CueLexicon.Phrase(phrases[^k]);
            }

            for (var group = 0; groups != 0; group++, groups >>= 1)
            {
                if ((groups & 1) != 0)
                {
                    Add((uint)group, isSubject ? FeatureFamily.SubjectCue : FeatureFamily.Cue);
                }
            }
        }

        /// <summary>A sentence's first word: imperative verb, or French "-ez" form (Envoyez, Pouvez-vous).</summary>
        public void AddOpening(scoped ReadOnlySpan<char> token, uint stem)
        {
            if (CueLexicon.Imperative(stem) || (token.Length >= 5 && token.EndsWith("ez")))
            {
                Add(1, FeatureFamily.Opening);
            }
        }

        public void Add(uint hash, uint space)
        {
            _taken += space is FeatureFamily.SubjectWord or FeatureFamily.Word or FeatureFamily.Bigram ? 1 : 0;
            _target.Add(Mix(hash ^ (space * 0x85EB_CA6B)), space);
        }

        private void AddCharGrams(scoped ReadOnlySpan<char> token)
        {
            if (_charMax == 0)
            {
                return;
            }

            // Boundaries as '<' and '>' so prefixes and suffixes are their own n-grams.
            Span<char> padded = stackalloc char[MaxToken + 2];
            padded[0] = '<';
            token.CopyTo(padded[1..]);
            padded[token.Length + 1] = '>';
            var word = padded[..(token.Length + 2)];
            for (var n = _charMin; n <= _charMax; n++)
            {
                for (var start = 0; start + n <= word.Length; start++)
                {
                    Add(Hash(word.Slice(start, n)), FeatureFamily.CharGram);
                }
            }
        }
    }

    private static uint Hash(ReadOnlySpan<char> chars)
    {
        var h = 2166136261u;
        foreach (var c in chars)
        {
            h = (h ^ c) * 16777619u;
        }

        return h;
    }

    private static uint Mix(uint h)
    {
        h ^= h >> 16;
        h *= 0x85EB_CA6B;
        h ^= h >> 13;
        h *= 0xC2B2_AE35;
        h ^= h >> 16;
        return h;
    }
}
