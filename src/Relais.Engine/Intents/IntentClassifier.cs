namespace Relais.Engine.Intents;

/// <summary>
/// The intent of the sender's own text (quotes and signature already removed) and subject: the shipped
/// linear model (trained by <c>relais train intents</c> on the committed corpus), loaded once.
/// </summary>
internal static class IntentClassifier
{
    public const string ResourceName = "Relais.Engine.Intents.intent.model";

    private static readonly LinearModel Model = LinearModel.LoadResource(ResourceName);

    public static IntentPrediction Predict(string? subject, string text) => Predict(Model, subject, text);

    internal static IntentPrediction Predict(LinearModel model, string? subject, string text)
    {
        if (string.IsNullOrWhiteSpace(text) && string.IsNullOrWhiteSpace(subject))
        {
            return IntentPrediction.Other;
        }

        Span<float> logits = stackalloc float[model.Classes];
        model.Score(subject, text, logits);
        return IntentDecision.Decide(logits, model.CalibrationA, model.Threshold);
    }
}
