using Microsoft.EntityFrameworkCore;
using Relais.Data;
using Relais.Data.Model;

namespace Relais.Server.Features.Accuracy;

/// <summary>
/// Rolls the scope's team's feedback of one UTC day up into <c>ai_accuracy_metrics</c>: one row per
/// prediction type, model and field, with counts per confidence bucket. Recomputing a day replaces
/// its rows, so the roll-up can run as often as needed.
/// </summary>
internal sealed class AccuracyRollup(RelaisDbContext db, ITeamScope scope)
{
    public async Task RecomputeAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var teamId = scope.TeamId ?? throw new InvalidOperationException("The roll-up needs a team scope.");
        var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var end = start.AddDays(1);
        var feedback = await db.AiFeedback.AsNoTracking().Where(f => f.CreatedAt >= start && f.CreatedAt < end)
            .Select(f => new { f.PredictionType, f.Model, f.Field, f.Outcome, f.OriginalConfidence })
            .ToListAsync(cancellationToken);

        await db.AiAccuracyMetrics.Where(m => m.Day == day).ExecuteDeleteAsync(cancellationToken);
        foreach (var group in feedback.GroupBy(f => (f.PredictionType, f.Model, Field: f.Field ?? string.Empty)))
        {
            var metric = new AiAccuracyMetric
            {
                TeamId = teamId,
                Day = day,
                PredictionType = group.Key.PredictionType,
                Model = group.Key.Model,
                Field = group.Key.Field,
                BucketTotals = [.. new int[AiAccuracyMetric.BucketEdges.Length]],
                BucketAccepted = [.. new int[AiAccuracyMetric.BucketEdges.Length]],
            };
            foreach (var f in group)
            {
                var confidence = f.OriginalConfidence ?? 0;
                var bucket = AiAccuracyMetric.BucketOf(confidence);
                metric.Total++;
                metric.BucketTotals[bucket]++;
                switch (f.Outcome)
                {
                    case FeedbackOutcome.Accepted:
                        metric.Accepted++;
                        metric.AcceptedConfidenceSum += confidence;
                        metric.BucketAccepted[bucket]++;
                        break;
                    case FeedbackOutcome.Corrected:
                        metric.Corrected++;
                        metric.CorrectedConfidenceSum += confidence;
                        break;
                    default:
                        metric.Rejected++;
                        break;
                }
            }

            db.AiAccuracyMetrics.Add(metric);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The days of the last <paramref name="days"/> with feedback (the ones a roll-up must cover).</summary>
    public async Task<List<DateOnly>> DaysWithFeedbackAsync(DateTimeOffset now, int days, CancellationToken cancellationToken)
    {
        var since = now.AddDays(-days);
        var stamps = await db.AiFeedback.AsNoTracking().Where(f => f.CreatedAt >= since).Select(f => f.CreatedAt).ToListAsync(cancellationToken);
        return [.. stamps.Select(s => DateOnly.FromDateTime(s.UtcDateTime)).Distinct().Order()];
    }
}
