namespace Relais.Engine.Intents;

/// <summary>
/// Whether the sender's own text asks the recipient for something: the shipped binary model (trained by
/// <c>relais train needs-reply</c> on parakweet-train and the committed corpus), loaded once.
/// </summary>
internal static class NeedsReplyClassifier
{
    public const string ResourceName = "Relais.Engine.Intents.needs-reply.model";

    private static readonly LinearModel Model = LinearModel.LoadResource(ResourceName);

    public static NeedsReplyPrediction Predict(string? subject, string text) => Predict(Model, subject, text);

    internal static NeedsReplyPrediction Predict(LinearModel model, string? subject, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return NeedsReplyPrediction.No;
        }

        Span<float> score = stackalloc float[1];
        model.Score(subject, text, score);
        return NeedsReplyDecision.Decide(score[0], model, !string.IsNullOrWhiteSpace(subject));
    }
}
