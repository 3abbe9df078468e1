using Relais.Data.Model;
using Relais.Server.Features.Metrics;
using Relais.Server.Tests.Infrastructure;

namespace Relais.Server.Tests.Features.Tenancy;

/// <summary>Two teams, each owning one of every resource; A's admin does the probing.</summary>
public sealed class TenantFixture : RelaisFactory
{
    public TestTeam A { get; private set; } = null!;

    public TestTeam B { get; private set; } = null!;

    /// <summary>Team B's resource ids by the route segment that addresses them.</summary>
    public Dictionary<string, Guid> BIds { get; } = [];

    public Dictionary<string, Guid> AIds { get; } = [];

    public async Task SeedAsync()
    {
        if (B is not null)
        {
            return;
        }

        A = await CreateTeamAsync("Alpha");
        B = await CreateTeamAsync("Bravo");
        await AddResourcesAsync(A, AIds, "Martin", "Crédit Alpin");
        await AddResourcesAsync(B, BIds, "Bernard", "Banque Bravo");
    }

    private async Task AddResourcesAsync(TestTeam team, Dictionary<string, Guid> ids, string lastName, string organisationName)
    {
        await using var db = Database.CreateContext();
        var now = Time.GetUtcNow();
        var person = new Person { TeamId = team.Id, FirstName = "Claire", LastName = lastName, Email = $"claire.{lastName.ToLowerInvariant()}@example.test", CreatedAt = now, UpdatedAt = now };
        var organisation = new Organisation { TeamId = team.Id, Name = organisationName, NormalizedName = OrganisationNames.Normalize(organisationName), CreatedAt = now, UpdatedAt = now };
        var link = new PersonOrganisationLink { TeamId = team.Id, PersonId = person.Id, OrganisationId = organisation.Id, Role = "Directrice", IsPrimary = true };
        var interaction = new Interaction { TeamId = team.Id, Type = InteractionType.Email, Title = $"Devis {organisationName}", PersonId = person.Id, OccurredAt = now, CreatedAt = now };
        var task = new TaskItem { TeamId = team.Id, Title = $"Rappeler {lastName}", PersonId = person.Id, CreatedAt = now };
        var notification = new Notification { TeamId = team.Id, UserId = team.Admin.Id, Kind = "task", Title = $"Tâche {lastName}", CreatedAt = now };
        var token = new ApiToken { TeamId = team.Id, Name = "cron", TokenHash = Guid.NewGuid().ToString("N"), Prefix = "rls_test", Role = Role.Admin, CreatedAt = now };
        var email = new EmailMessage { TeamId = team.Id, Subject = $"Devis {organisationName}", FromEmail = person.Email, ContentHash = Guid.NewGuid().ToString("N"), ReceivedAt = now, CreatedAt = now, AnalysisState = AnalysisState.Done };
        var analysis = new Analysis { TeamId = team.Id, EmailMessageId = email.Id, EngineVersion = "test", Fields = "{}", Intent = "quotation_request", AnalyzedAt = now };
        var job = new AutofillJob { TeamId = team.Id, DaysBack = 7, MaxEmails = 10, AutoApplyThreshold = 0.92, Status = JobStatus.Succeeded, CreatedAt = now };
        var suggestion = new AutofillSuggestion
        {
            TeamId = team.Id, EmailMessageId = email.Id, PersonId = person.Id, Field = "job_title", SuggestedValue = "Directrice", Confidence = 0.8,
            Model = "test", Status = SuggestionStatus.Pending, CreatedAt = now,
        };
        var blocked = new BlacklistEntry { TeamId = team.Id, Pattern = $"spam@{lastName.ToLowerInvariant()}.test", Type = BlacklistType.Email, CreatedAt = now };
        // Nothing listens on port 1: a sync or a test of this mailbox fails at once, without leaving the machine.
        var account = new EmailAccount
        {
            TeamId = team.Id, Name = $"Boîte {organisationName}", Host = "127.0.0.1", Port = 1, TlsMode = TlsMode.None, Username = $"claire.{lastName.ToLowerInvariant()}",
            Consent = true, CreatedAt = now, UpdatedAt = now,
        };
        var folder = new EmailFolder { TeamId = team.Id, AccountId = account.Id, Path = "INBOX", Role = FolderRole.Inbox, UidValidity = 1, LastUid = 10 };
        var rule = new RoutingRule
        {
            TeamId = team.Id, Name = $"Devis {organisationName}", IntentTrigger = "quotation_request", CreatedAt = now, UpdatedAt = now,
            Actions = [new RoutingAction { Type = RoutingActionType.TagInteraction, Tag = "devis" }],
        };
        var outbox = new OutboxMessage
        {
            TeamId = team.Id, RuleId = rule.Id, EmailMessageId = email.Id, ThreadKey = $"thread-{lastName}", ToAddress = person.Email, Subject = "Re: Devis",
            Body = "Bonjour", Status = OutboxStatus.Failed, Attempts = 5, CreatedAt = now,
        };
        db.AddRange(person, organisation, link, interaction, task, notification, token, email, analysis, job, suggestion, blocked, account, folder, rule, outbox);
        await db.SaveChangesAsync();
        // The email-intelligence counters, as ingestion and the pipeline add to them.
        await MetricsCounters.CountReceivedAsync(db, team.Id, [email], CancellationToken.None);
        await MetricsCounters.CountAnalysedAsync(db, team.Id, [email], [analysis], [suggestion], CancellationToken.None);

        ids["people"] = person.Id;
        ids["organisations"] = organisation.Id;
        ids["interactions"] = interaction.Id;
        ids["tasks"] = task.Id;
        ids["notifications"] = notification.Id;
        ids["tokens"] = token.Id;
        ids["users"] = team.Member.Id;
        ids["emails"] = email.Id;
        ids["autofill-jobs"] = job.Id;
        ids["suggestions"] = suggestion.Id;
        ids["blacklist"] = blocked.Id;
        ids["email-accounts"] = account.Id;
        ids["routing-rules"] = rule.Id;
        ids["outbox"] = outbox.Id;
    }
}
