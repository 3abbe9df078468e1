using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text;
using Relais.Data.Model;

namespace Relais.Server.Features.Autofill;

/// <summary>The seed's request: <c>{"days_back": 7, "max_emails": 10, "auto_apply_threshold": 0.92}</c>; the threshold defaults to the team's.</summary>
public sealed record AutofillRunRequest(
    [Range(1, 365)] int DaysBack = 7,
    [Range(1, 1000)] int MaxEmails = 50,
    [Range(0.5, 1.0)] double? AutoApplyThreshold = null);

/// <summary>The ten counters of SPEC section 9.</summary>
internal sealed record AutofillMetrics(
    int EmailsProcessed,
    int SignaturesParsed,
    int SignaturesCached,
    int IntentsDetected,
    int IntentsCached,
    int SuggestionsCreated,
    int AutoApplied,
    int ManualReview,
    int Errors,
    long ProcessingTimeMs)
{
    public static AutofillMetrics Of(AutofillJob j) => new(
        j.EmailsProcessed, j.SignaturesParsed, j.SignaturesCached, j.IntentsDetected, j.IntentsCached,
        j.SuggestionsCreated, j.AutoApplied, j.ManualReview, j.Errors, j.ProcessingTimeMs);
}

/// <summary>The answer of <c>POST /autofill-jobs/run-now</c>, as the seed guide reads it (<c>.summary</c>).</summary>
internal sealed record RunNowResponse(bool Success, Guid JobId, JobStatus Status, AutofillMetrics Metrics, string Summary, string? Error);

internal sealed record JobParameters(int DaysBack, int MaxEmails, double AutoApplyThreshold);

internal sealed record JobProgressView(int Processed, int Total, int Percent);

/// <summary>A job as <c>GET /autofill-jobs/{id}</c> shows it.</summary>
internal sealed record JobResponse(
    Guid Id,
    JobStatus Status,
    JobParameters Parameters,
    JobProgressView Progress,
    AutofillMetrics Metrics,
    JobTrigger Trigger,
    Guid? TriggeredByUserId,
    bool CancelRequested,
    string? Error,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt)
{
    public static JobResponse Of(AutofillJob j)
    {
        var processed = j.EmailsProcessed + j.Errors;
        var total = Math.Max(j.Total, processed);
        var percent = j.Status is JobStatus.Succeeded ? 100 : total == 0 ? 0 : (int)Math.Round(100.0 * Math.Min(processed, total) / total);
        return new JobResponse(
            j.Id, j.Status, new JobParameters(j.DaysBack, j.MaxEmails, j.AutoApplyThreshold), new JobProgressView(processed, total, percent),
            AutofillMetrics.Of(j), j.Trigger, j.TriggeredByUserId, j.CancelRequested, j.Error, j.CreatedAt, j.StartedAt, j.FinishedAt);
    }
}

internal sealed record JobCounts(int Total, int Succeeded, int Failed, int Cancelled, int Active);

internal sealed record SuggestionCounts(int Pending, int AutoApplied, int Approved, int Corrected, int Rejected, int Undone);

internal sealed record EmailCounts(int Pending, int Processing, int Done, int Failed, int Parked, int Skipped);

/// <summary><c>GET /autofill-jobs/stats</c>: global statistics of the team's autofill.</summary>
internal sealed record AutofillStats(
    JobCounts Jobs, AutofillMetrics Totals, SuggestionCounts Suggestions, EmailCounts Emails, double AutoApplyRate, JobResponse? LastJob);

/// <summary>The summary block of the seed guide, shared by the API, the CLI and the cron script.</summary>
internal static class AutofillSummary
{
    public static string Format(AutofillMetrics m)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"📧 Emails processed: {m.EmailsProcessed}\n");
        text.Append(CultureInfo.InvariantCulture, $"✍️  Signatures parsed: {m.SignaturesParsed} (+ {m.SignaturesCached} cached)\n");
        text.Append(CultureInfo.InvariantCulture, $"🎯 Intents detected: {m.IntentsDetected} (+ {m.IntentsCached} cached)\n");
        text.Append(CultureInfo.InvariantCulture, $"✅ Auto-applied: {m.AutoApplied}\n");
        text.Append(CultureInfo.InvariantCulture, $"👤 Manual review: {m.ManualReview}\n");
        text.Append(CultureInfo.InvariantCulture, $"⚠️  Errors: {m.Errors}\n");
        text.Append(CultureInfo.InvariantCulture, $"⏱️  Processing time: {m.ProcessingTimeMs} ms");
        return text.ToString();
    }
}
