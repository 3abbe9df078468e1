using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Relais.Data;
using Relais.Data.Model;
using Relais.Engine;
using Relais.Server.Features.Routing;

namespace Relais.Server.Features.Autofill;

/// <summary>
/// One batch of the pipeline for the scope's team (SPEC section 1): claim the next emails, analyse
/// them (the MIME half in parallel, the cached half in order), then, in one transaction, store the
/// analyses, plan and apply the CRM writes, record the interactions and mark the emails done.
/// A failed write gives the batch back with a backoff; a crash leaves a lease that expires.
/// </summary>
public sealed partial class AutofillPipeline(
    RelaisDbContext db, ITeamScope scope, TimeProvider time, IOptions<AutofillOptions> options, ILogger<AutofillPipeline> logger)
{
    private static readonly ConcurrentDictionary<string, EmailAnalyzer> Analyzers = new(StringComparer.Ordinal);


    public async Task<AutofillCounters> RunBatchAsync(AutofillParameters parameters, int count, string worker, Guid? jobId, CancellationToken cancellationToken)
    {
        var teamId = scope.TeamId is { } id && id != Guid.Empty ? id : throw new InvalidOperationException("The pipeline needs a team scope.");
        var started = Stopwatch.GetTimestamp();
        var settings = options.Value;
        var claims = new EmailClaims(db, time);
        var since = time.GetUtcNow().AddDays(-parameters.DaysBack);
        var ids = await claims.ClaimAsync(teamId, worker, since, count, settings, cancellationToken);
        if (ids.Count == 0)
        {
            return new AutofillCounters();
        }

        try
        {
            var counters = await ProcessAsync(teamId, ids, parameters, worker, jobId, cancellationToken);
            return counters with { Claimed = ids.Count, ProcessingTimeMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds };
        }
#pragma warning disable CA1031 // whatever breaks a batch (the database, a bug on odd mail) is recorded on its emails, which are retried then parked
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
#pragma warning restore CA1031
        {
            LogBatchFailed(logger, ex, ids.Count, ex.GetType().Name);
            db.ChangeTracker.Clear();
            await claims.FailAsync(ids, worker, "batch failed: " + ex.GetType().Name, settings, CancellationToken.None);
            return new AutofillCounters { Claimed = ids.Count, Errors = ids.Count, ProcessingTimeMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds };
        }
    }

    private async Task<AutofillCounters> ProcessAsync(
        Guid teamId, List<Guid> ids, AutofillParameters parameters, string worker, Guid? jobId, CancellationToken cancellationToken)
    {
        var team = await db.Teams.AsNoTracking().Where(t => t.Id == teamId).Select(t => new { t.DefaultPhoneRegion }).SingleAsync(cancellationToken);
        var analyzer = Analyzers.GetOrAdd(team.DefaultPhoneRegion, region => new EmailAnalyzer(new AnalyzerOptions { DefaultRegion = region }));
        var inputs = await db.EmailMessages.AsNoTracking().Where(e => ids.Contains(e.Id))
            .Join(db.EmailContents, e => e.Id, c => c.EmailMessageId, (e, c) => new { e.Id, c.RawMime, c.TextBody, e.Subject, e.FromEmail, e.FromName, e.ReceivedAt })
            .ToListAsync(cancellationToken);
        inputs = [.. inputs.OrderBy(e => e.ReceivedAt).ThenBy(e => e.Id)];

        // The MIME half is pure and heavy: in parallel. The second half reads and feeds the cache: in order.
        var prepared = new PreparedEmail[inputs.Count];
        Parallel.For(0, inputs.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var input = inputs[i];
            prepared[i] = input.RawMime is { } raw
                ? analyzer.Prepare(new MemoryStream(raw, writable: false), input.Id.ToString())
                : analyzer.Prepare(PlainMessage(input.TextBody ?? string.Empty, input.Subject, input.FromEmail, input.FromName), input.Id.ToString());
        });
        var cache = new AnalysisCache(db, time);
        await cache.LoadAsync(prepared, cancellationToken);
        var analysed = new Dictionary<Guid, (EmailAnalysis Analysis, bool SignatureCached, bool TextCached)>();
        for (var i = 0; i < inputs.Count; i++)
        {
            analysed[inputs[i].Id] = cache.Finish(analyzer, prepared[i]);
        }
        return await WriteAsync(teamId, ids, analysed, cache, parameters, worker, jobId, cancellationToken);
    }

    private async Task<AutofillCounters> WriteAsync(
        Guid teamId,
        List<Guid> ids,
        Dictionary<Guid, (EmailAnalysis Analysis, bool SignatureCached, bool TextCached)> analysed,
        AnalysisCache cache,
        AutofillParameters parameters,
        string worker,
        Guid? jobId,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            // Batches of one team write one at a time: two servers cannot both create the same new sender.
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({TeamLockKey(teamId)})", cancellationToken);
        }

        // Only the emails this worker still holds: a lease that expired may have passed to another worker. Read,
        // not tracked: they are marked done in one statement below.
        var emails = await db.EmailMessages.AsNoTracking().Where(e => ids.Contains(e.Id) && e.LeaseOwner == worker && e.AnalysisState == AnalysisState.Processing)
            .OrderBy(e => e.ReceivedAt).ThenBy(e => e.Id)
            .Select(e => new EmailMessage
            {
                Id = e.Id, TeamId = e.TeamId, FromEmail = e.FromEmail, FromName = e.FromName, Subject = e.Subject,
                SentAt = e.SentAt, ReceivedAt = e.ReceivedAt, PersonId = e.PersonId, ContentHash = e.ContentHash,
                MessageIdHeader = e.MessageIdHeader, ThreadId = e.ThreadId,
            })
            .ToListAsync(cancellationToken);
        var human = emails.Where(e => analysed[e.Id].Analysis.Automated is null).ToList();
        var crm = await CrmState.LoadAsync(
            db,
            teamId,
            [.. human.Select(e => e.FromEmail).OfType<string>().Distinct()],
            [.. human.Select(e => analysed[e.Id].Analysis.Contact.Company?.Value).OfType<string>().Distinct()],
            cancellationToken);
        var planner = new AutofillPlanner(crm, teamId, jobId, parameters.Threshold, now);
        var counters = new AutofillCounters();
        var analyses = new List<Analysis>(emails.Count);
        foreach (var email in emails)
        {
            var (analysis, signatureCached, textCached) = analysed[email.Id];
            analyses.Add(AnalysisRows.From(teamId, email.Id, analysis, signatureCached, textCached, now));
            var outcome = planner.Plan(email, analysis);
            counters += Count(analysis, signatureCached, textCached, outcome);
        }

        await cache.SaveAsync(teamId, cancellationToken);

        // New people, organisations and links first, then changes to known ones (tracked), then the many rows that point at them.
        await db.InsertAllAsync(planner.NewPeople, cancellationToken);
        await db.InsertAllAsync(planner.NewOrganisations, cancellationToken);
        await db.InsertAllAsync(planner.NewLinks, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        // The intent is known: the team's rules act on the interactions before they are written.
        var byId = emails.ToDictionary(e => e.Id);
        var routing = await RoutingStep.RouteAsync(
            db, teamId, [.. planner.Interactions.Select(i => Routed(i, byId[i.EmailMessageId!.Value], analysed[i.EmailMessageId.Value].Analysis, crm))], now, "pipeline", cancellationToken,
            crm.Blacklist, crm.Own);
        await db.InsertAllAsync(analyses, cancellationToken);
        await db.InsertAllAsync(planner.Suggestions, cancellationToken);
        await db.InsertAllAsync(planner.Provenance, cancellationToken);
        await db.InsertAllAsync(planner.Interactions, cancellationToken);
        await RoutingStep.WriteAsync(db, routing, now, cancellationToken);
        await Metrics.MetricsCounters.CountAnalysedAsync(db, teamId, emails, analyses, planner.Suggestions, cancellationToken);

        // Done and linked to the sender's person (created in this batch or found) in one statement: each update
        // rewrites the row and its index entries. Both sides of the match are non-null, so it is a plain equality
        // the (team_id, email) index serves.
        var done = emails.Select(e => e.Id).ToList();
        await db.EmailMessages.Where(e => done.Contains(e.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(e => e.AnalysisState, AnalysisState.Done)
            .SetProperty(e => e.ProcessedAt, now)
            .SetProperty(e => e.LeaseOwner, (string?)null)
            .SetProperty(e => e.LeaseExpiresAt, (DateTimeOffset?)null)
            .SetProperty(e => e.NextAttemptAt, (DateTimeOffset?)null)
            .SetProperty(e => e.LastError, (string?)null)
            .SetProperty(e => e.PersonId, e => e.PersonId ?? db.People.Where(p => p.Email != null && e.FromEmail != null && p.Email == e.FromEmail).Select(p => (Guid?)p.Id).FirstOrDefault()),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return counters;
    }

    private static RoutedEmail Routed(Interaction interaction, EmailMessage email, EmailAnalysis analysis, CrmState crm)
    {
        var person = email.FromEmail is null ? null : crm.PersonByEmail(email.FromEmail);
        var organisation = interaction.OrganisationId is { } id ? crm.Organisations.GetValueOrDefault(id) : null;
        return new RoutedEmail(
            interaction, email.FromEmail, email.FromName, email.Subject, analysis.Text, email.MessageIdHeader, email.ThreadId,
            person is null ? null : new RoutedPerson(person.Id, person.FirstName, person.LastName, person.OwnerId, person.Unsubscribed),
            organisation?.Name, organisation?.PipelineStage, analysis.Contact.Company?.Value, email.SentAt ?? email.ReceivedAt);
    }

    private static AutofillCounters Count(EmailAnalysis analysis, bool signatureCached, bool textCached, PlanOutcome outcome)
    {
        var human = analysis.Automated is null;
        var failed = analysis.Error?.StartsWith("analysis failed", StringComparison.Ordinal) == true;
        var intent = human && analysis.Intent.Label != Intent.Other;
        return new AutofillCounters
        {
            EmailsProcessed = 1,
            SignaturesParsed = analysis.Signature is not null && !signatureCached ? 1 : 0,
            SignaturesCached = analysis.Signature is not null && signatureCached ? 1 : 0,
            IntentsDetected = intent && !textCached ? 1 : 0,
            IntentsCached = intent && textCached ? 1 : 0,
            SuggestionsCreated = outcome.Suggestions,
            AutoApplied = outcome.AutoApplied,
            ManualReview = outcome.ManualReview,
            Errors = failed ? 1 : 0,
        };
    }

    private static MimeKit.MimeMessage PlainMessage(string body, string? subject, string? fromEmail, string? fromName)
    {
        var message = new MimeKit.MimeMessage { Subject = subject ?? string.Empty, Body = new MimeKit.TextPart("plain") { Text = body } };
        if (fromEmail is not null)
        {
            message.From.Add(new MimeKit.MailboxAddress(fromName ?? string.Empty, fromEmail));
        }

        return message;
    }

    private static long TeamLockKey(Guid teamId) => BitConverter.ToInt64(teamId.ToByteArray(), 8);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Autofill batch of {Count} emails failed ({Error}); they will be retried")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception, int count, string error);
}
