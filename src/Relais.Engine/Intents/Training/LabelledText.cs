namespace Relais.Engine.Intents.Training;

// One training message: subject and the sender's own text, with its labels. Key is a stable identity
// (file name or corpus line) that alone decides the cross-validation fold.
internal sealed record LabelledText(string Key, string? Subject, string Text, string? Language, Intent Intent, bool NeedsReply)
{
    public const int Folds = 5;

    /// <summary>Fold 0 is the held-out fifth; the fold depends only on the key, never on order.</summary>
    public int Fold
    {
        get
        {
            var h = 2166136261u;
            foreach (var c in Key)
            {
                h = (h ^ c) * 16777619u;
            }

            h ^= h >> 15;
            h *= 0x2C1B_3C6D;
            h ^= h >> 12;
            return (int)(h % Folds);
        }
    }
}
