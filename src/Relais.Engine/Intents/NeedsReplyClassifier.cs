namespace Relais.Engine.Intents;

internal static class NeedsReplyClassifier
{
    // Placeholder until the classifier lands.
    public static NeedsReplyPrediction Predict(string? subject, string text) => NeedsReplyPrediction.No;
}
