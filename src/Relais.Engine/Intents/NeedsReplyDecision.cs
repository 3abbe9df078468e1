namespace Relais.Engine.Intents;

/// <summary>
/// From the binary model's score to the answer: Platt-scaled probability against the model's threshold,
/// with the calibration of whole messages when there is a subject and of lone sentences otherwise.
/// </summary>
internal static class NeedsReplyDecision
{
    public static NeedsReplyPrediction Decide(float score, LinearModel model, bool hasSubject)
    {
        var (a, b, threshold) = hasSubject ? model.MailCalibration : (model.CalibrationA, model.CalibrationB, model.Threshold);
        var probability = Probability.Sigmoid((a * score) + b);
        var value = probability >= threshold;
        return new NeedsReplyPrediction(value, Math.Round(value ? probability : 1 - probability, 3));
    }
}
