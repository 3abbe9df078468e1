using Relais.Data.Model;
using Relais.Server.Features.Metrics;
using Relais.Server.Tests.Infrastructure;

namespace Relais.Server.Tests.Features.Metrics;

/// <summary>
/// A hand-built day of one team: twelve analyses (two automated, one failed, some cached, known
/// times), one email failed and one parked, one outbound email, five suggestions and three
/// reviews, counted through the same <see cref="MetricsCounters"/> the pipeline calls.
/// The expected values of the tests are worked out by hand from this table.
/// </summary>
internal static class MetricsFixture
{
    // sender, automated, intent, confidence, signature found, parsed, signature cached, intent cached, ms, failed
    private static readonly (string From, AutomatedMail? Automated, string? Intent, double Confidence, bool Sig, bool Parsed, bool SigCached, bool IntentCached, double Ms, bool Failed)[] Rows =
    [
        ("alice@acme.test", null, "meeting_request", 0.9, true, true, false, false, 10, false),
        ("alice@acme.test", null, "meeting_request", 0.7, true, true, true, true, 20, false),
        ("alice@acme.test", null, "quotation_request", 0.8, true, true, true, false, 30, false),
        ("alice@acme.test", null, "info_request", 0.6, true, false, false, false, 40, false),
        ("bob@beta.test", null, "other", 0.3, false, false, false, true, 50, false),
        ("bob@beta.test", null, "other", 0.4, false, false, false, false, 60, false),
        ("bob@beta.test", null, "complaint", 0.95, true, true, true, true, 70, false),
        ("carol@gamma.test", null, "follow_up", 0.85, false, false, false, true, 80, false),
        ("news@list.test", AutomatedMail.Bulk, null, 0, false, false, false, false, 90, false),
        ("news@list.test", AutomatedMail.AutoReply, null, 0, false, false, false, false, 100, false),
        ("dan@delta.test", null, "other", 0, false, false, false, false, 110, true),
        ("carol@gamma.test", null, "thank_you", 0.75, true, true, false, true, 1200, false),
    ];

    /// <summary>Writes the day for a new team, analysed one hour before now; returns the team and Alice's person.</summary>
    public static async Task<(TestTeam Team, Guid Alice, Guid Acme)> SeedAsync(RelaisFactory factory, bool withOldAnalysis = false)
    {
        var team = await factory.CreateTeamAsync("Metrics");
        var now = factory.Time.GetUtcNow();
        await using var db = factory.Database.CreateContext();
        var acme = new Organisation { TeamId = team.Id, Name = "ACME", NormalizedName = "acme", CreatedAt = now, UpdatedAt = now };
        var alice = new Person { TeamId = team.Id, FirstName = "Alice", LastName = "Martin", Email = "alice@acme.test", CreatedAt = now, UpdatedAt = now };
        db.Organisations.Add(acme);
        db.People.Add(alice);
        db.PersonOrganisationLinks.Add(new PersonOrganisationLink { TeamId = team.Id, PersonId = alice.Id, OrganisationId = acme.Id, IsPrimary = true });

        var emails = new List<EmailMessage>();
        var analyses = new List<Analysis>();
        foreach (var row in Rows)
        {
            var email = Email(team.Id, row.From, now.AddHours(-2), AnalysisState.Done);
            emails.Add(email);
            analyses.Add(new Analysis
            {
                TeamId = team.Id,
                EmailMessageId = email.Id,
                EngineVersion = Engine.EmailAnalyzer.Version,
                Automated = row.Automated,
                Intent = row.Intent,
                IntentConfidence = row.Confidence,
                SignatureFound = row.Sig,
                SignatureParsed = row.Parsed,
                SignatureCached = row.SigCached,
                IntentCached = row.IntentCached,
                ElapsedMs = row.Ms,
                Error = row.Failed ? "analysis failed: InvalidOperationException" : null,
                Fields = "{}",
                AnalyzedAt = now.AddHours(-1),
            });
        }

        var failed = new[]
        {
            Email(team.Id, "erin@epsilon.test", now.AddHours(-3), AnalysisState.Failed),
            Email(team.Id, "erin@epsilon.test", now.AddHours(-3), AnalysisState.Parked),
        };
        var outbound = Email(team.Id, "me@team.test", now.AddHours(-3), AnalysisState.Skipped);
        outbound.Direction = MessageDirection.Outbound;
        var all = emails.Concat(failed).Append(outbound).ToList();
        db.EmailMessages.AddRange(all);
        if (withOldAnalysis)
        {
            // Forty days ago: outside a 30-day window, but the team has had analyses for more than a day.
            var old = Email(team.Id, "old@past.test", now.AddDays(-40), AnalysisState.Done);
            db.EmailMessages.Add(old);
            db.Analyses.Add(new Analysis { TeamId = team.Id, EmailMessageId = old.Id, EngineVersion = Engine.EmailAnalyzer.Version, Fields = "{}", AnalyzedAt = now.AddDays(-40) });
        }

        db.Analyses.AddRange(analyses);
        await db.SaveChangesAsync();

        var suggestions = new[] { SuggestionStatus.AutoApplied, SuggestionStatus.AutoApplied, SuggestionStatus.Pending, SuggestionStatus.Pending, SuggestionStatus.Pending }
            .Select((status, i) => new AutofillSuggestion
            {
                TeamId = team.Id, EmailMessageId = emails[i].Id, Field = "job_title", SuggestedValue = "Directrice", Model = "relais-engine", Status = status, CreatedAt = now,
            }).ToList();
        await MetricsCounters.CountReceivedAsync(db, team.Id, all, CancellationToken.None);
        await MetricsCounters.CountAnalysedAsync(db, team.Id, emails, analyses, suggestions, CancellationToken.None);
        foreach (var outcome in new[] { SuggestionStatus.Approved, SuggestionStatus.Corrected, SuggestionStatus.Rejected })
        {
            await MetricsCounters.CountReviewAsync(db, team.Id, outcome, now, CancellationToken.None);
        }

        return (team, alice.Id, acme.Id);
    }

    private static EmailMessage Email(Guid teamId, string from, DateTimeOffset received, AnalysisState state) => new()
    {
        TeamId = teamId,
        FromEmail = from,
        FromName = from[..from.IndexOf('@', StringComparison.Ordinal)],
        Subject = "Sujet",
        ReceivedAt = received,
        Direction = MessageDirection.Inbound,
        ContentHash = Guid.NewGuid().ToString("N"),
        AnalysisState = state,
        CreatedAt = received,
    };
}
