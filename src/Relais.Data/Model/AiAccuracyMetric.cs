namespace Relais.Data.Model;

/// <summary>
/// The daily roll-up of <see cref="AiFeedback"/> per team, prediction type, model and field
/// (table <c>ai_accuracy_metrics</c>), with counts per confidence bucket for the reliability table.
/// </summary>
public sealed class AiAccuracyMetric : ITeamOwned
{
    /// <summary>Lower edges of the confidence buckets; the last bucket ends at 1.</summary>
    public static readonly double[] BucketEdges = [0, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.92, 0.95, 0.97, 0.99];

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TeamId { get; set; }
    public DateOnly Day { get; set; }
    public required string PredictionType { get; set; }
    public required string Model { get; set; }

    /// <summary>The field (signature predictions) or the empty string (intent).</summary>
    public required string Field { get; set; }
    public int Total { get; set; }
    public int Accepted { get; set; }
    public int Corrected { get; set; }
    public int Rejected { get; set; }
    public double AcceptedConfidenceSum { get; set; }
    public double CorrectedConfidenceSum { get; set; }

    /// <summary>Feedback per confidence bucket (<see cref="BucketEdges"/>), and how many of them were accepted.</summary>
    public List<int> BucketTotals { get; set; } = [];
    public List<int> BucketAccepted { get; set; } = [];

    public static int BucketOf(double confidence)
    {
        var index = Array.FindLastIndex(BucketEdges, edge => confidence >= edge);
        return Math.Max(0, index);
    }
}
