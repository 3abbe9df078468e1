namespace Relais.Engine.Intents;

/// <summary>From the binary model's score to the answer: Platt-scaled probability against the model's threshold.</summary>
internal static class NeedsReplyDecision
{
    public static NeedsReplyPrediction Decide(float score, LinearModel model)
    {
        var probability = Probability.Sigmoid((model.CalibrationA * score) + model.CalibrationB);
        var value = probability >= model.Threshold;
        return new NeedsReplyPrediction(value, Math.Round(value ? probability : 1 - probability, 3));
    }
}
