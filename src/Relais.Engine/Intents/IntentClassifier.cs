namespace Relais.Engine.Intents;

internal static class IntentClassifier
{
    // Placeholder until the classifier lands.
    public static IntentPrediction Predict(string? subject, string text) => IntentPrediction.Other;
}
