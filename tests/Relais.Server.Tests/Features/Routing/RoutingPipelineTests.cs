using Microsoft.EntityFrameworkCore;
using Relais.Data.Model;
using Relais.Server.Tests.Infrastructure;
using static Relais.Server.Tests.Features.Routing.Routing;

namespace Relais.Server.Tests.Features.Routing;

/// <summary>The rules acting inside the pipeline, every action for real, the fallback, and auto-replies delivered to a real SMTP server.</summary>
public sealed class RoutingPipelineTests(SmtpFactory factory) : IClassFixture<SmtpFactory>
{
    private const string Signature = "Cordialement,\r\nJean Dupont\r\nDirecteur commercial\r\nACME Gestion";

    private static string Meeting(string from = "jean.dupont@acme-gestion.fr") => Mail.Letter(from, "Jean Dupont", "Rendez-vous",
        "Bonjour,\r\n\r\nSeriez-vous disponible pour un rendez-vous la semaine prochaine, mardi ou jeudi après-midi, afin de faire le point sur notre contrat ?", Signature);

    private static string Complaint() => Mail.Letter("jean.dupont@acme-gestion.fr", "Jean Dupont", "Réclamation",
        "Bonjour,\r\n\r\nJe suis très mécontent : la livraison est arrivée endommagée et personne ne répond. C'est inacceptable, je veux une solution immédiatement.", Signature);

    private static string FollowUp() => Mail.Letter("jean.dupont@acme-gestion.fr", "Jean Dupont", "Relance : notre proposition",
        "Bonjour,\r\n\r\nJe me permets de vous relancer concernant mon message de la semaine dernière, resté sans réponse. Avez-vous pu avancer ?", Signature);

    private static string Unsubscribe(string from = "jean.dupont@acme-gestion.fr", string? messageId = null, string? extraHeaders = null, DateTimeOffset? date = null) =>
        Mail.Letter(from, "Jean Dupont", "Désinscription",
            "Bonjour,\r\n\r\nMerci de me retirer de votre liste de diffusion, je ne souhaite plus recevoir vos emails. Désabonnez-moi s'il vous plaît.", Signature,
            date, messageId, extraHeaders);

    private async Task<(TestTeam Team, HttpClient Client)> TeamWithDefaultsAsync()
    {
        var team = await factory.CreateTeamAsync();
        await factory.SeedDefaultsAsync(team);
        return (team, factory.ClientFor(team.Manager));
    }

    [Fact]
    public async Task QuoteRequest_DefaultRule_CreatesTheTaskAndMovesTheOrganisationToProposition()
    {
        var (team, client) = await TeamWithDefaultsAsync();
        await client.UploadAsync(Mail.Dupont());

        await client.RunNowAsync();
        await using var db = factory.Database.CreateContext();
        var rule = await db.RoutingRules.SingleAsync(r => r.TeamId == team.Id && r.IntentTrigger == "quotation_request");
        var task = await db.Tasks.SingleAsync(t => t.TeamId == team.Id);
        var interaction = await db.Interactions.SingleAsync(i => i.TeamId == team.Id);
        var organisation = await db.Organisations.SingleAsync(o => o.TeamId == team.Id);
        var execution = await db.RoutingExecutions.SingleAsync(e => e.TeamId == team.Id);

        Assert.Equal("Préparer devis pour ACME Gestion", task.Title);
        Assert.Equal(Priority.High, task.Priority);
        Assert.Equal(factory.Time.GetUtcNow().AddHours(48), task.DueAt);
        Assert.Equal(rule.Id, task.CreatedByRuleId);
        Assert.Equal(interaction.Id, task.InteractionId);
        Assert.Equal(interaction.PersonId, task.PersonId);
        Assert.Equal(organisation.Id, task.OrganisationId);
        Assert.Equal("proposition", organisation.PipelineStage);
        Assert.Equal(rule.Id, execution.RuleId);
        Assert.Equal(interaction.Id, execution.InteractionId);
        Assert.Equal("pipeline", execution.Trigger);
        Assert.Equal("ok", execution.Result);
        Assert.Equal(["create_task", "add_to_pipeline"], execution.Actions.Select(a => a.Type));
        Assert.Equal(1, rule.ExecutionCount);
        Assert.Equal(factory.Time.GetUtcNow(), rule.LastExecutedAt);
    }

    [Fact]
    public async Task Complaint_DefaultRule_EscalatesAndNotifiesTheManagers()
    {
        var (team, client) = await TeamWithDefaultsAsync();
        await client.UploadAsync(Complaint());

        await client.RunNowAsync();
        await using var db = factory.Database.CreateContext();
        var task = await db.Tasks.SingleAsync(t => t.TeamId == team.Id);
        var interaction = await db.Interactions.SingleAsync(i => i.TeamId == team.Id);
        var notified = await db.Notifications.Where(n => n.TeamId == team.Id).ToListAsync();

        Assert.Equal("Réclamation de Jean Dupont : Réclamation", task.Title);
        Assert.Equal(Priority.Urgent, task.Priority);
        Assert.Equal(factory.Time.GetUtcNow().AddHours(4), task.DueAt);
        Assert.Equal(Priority.Urgent, interaction.Priority);
        Assert.Equal(new[] { team.Admin.Id, team.Manager.Id }.Order(), notified.Select(n => n.UserId).Order());
        Assert.All(notified, n =>
        {
            Assert.Equal("routing", n.Kind);
            Assert.Equal("Réclamation de Jean Dupont", n.Title);
            Assert.Equal("Jean Dupont (ACME Gestion) : Réclamation", n.Message);
            Assert.Equal($"/interactions/{interaction.Id}", n.Link);
        });
    }

    [Fact]
    public async Task MeetingAndFollowUp_DefaultRules_MakeTheTaskNotificationAndTag()
    {
        var (team, client) = await TeamWithDefaultsAsync();
        await client.UploadAsync(Meeting());
        await client.UploadAsync(FollowUp());

        await client.RunNowAsync();
        await using var db = factory.Database.CreateContext();
        var task = await db.Tasks.SingleAsync(t => t.TeamId == team.Id);
        var interactions = await db.Interactions.Where(i => i.TeamId == team.Id).ToListAsync();

        Assert.Equal("Répondre à la demande de rendez-vous de Jean Dupont", task.Title);
        Assert.Equal(Priority.High, task.Priority);
        Assert.Equal(factory.Time.GetUtcNow().AddHours(24), task.DueAt);
        Assert.Equal(2, await db.Notifications.CountAsync(n => n.TeamId == team.Id && n.Title == "Demande de rendez-vous de Jean Dupont"));
        Assert.Equal(["follow-up"], interactions.Single(i => i.Intent == "follow_up").Tags);
        Assert.Empty(interactions.Single(i => i.Intent == "meeting_request").Tags);
    }

    [Fact]
    public async Task Unsubscribe_DefaultRule_TagsUnsubscribesAndSendsTheConfirmationOverSmtp()
    {
        var (team, client) = await TeamWithDefaultsAsync();
        var messageId = $"<unsub.{Guid.NewGuid():N}@acme-gestion.fr>";
        await client.UploadAsync(Unsubscribe(messageId: messageId));

        await client.RunNowAsync();
        var sent = await factory.SendOutboxAsync(team.Id);
        await using var db = factory.Database.CreateContext();
        var person = await db.People.SingleAsync(p => p.TeamId == team.Id);
        var interaction = await db.Interactions.SingleAsync(i => i.TeamId == team.Id);
        var outbox = await db.OutboxMessages.SingleAsync(o => o.TeamId == team.Id);
        var received = factory.Smtp.Received.Single(m => m.To.Mailboxes.Any(a => a.Address == "jean.dupont@acme-gestion.fr") && m.InReplyTo == messageId[1..^1]);

        Assert.Equal(1, sent);
        Assert.Equal(["unsubscribe"], interaction.Tags);
        Assert.True(person.Unsubscribed);
        Assert.False(person.ConsentEmail);
        Assert.Equal(OutboxStatus.Sent, outbox.Status);
        Assert.Equal(1, outbox.Attempts);
        Assert.Equal("Re: Désinscription", received.Subject);
        Assert.Equal("ventes@relais-demo.fr", received.From.Mailboxes.Single().Address);
        Assert.Equal("auto-replied", received.Headers["Auto-Submitted"]);
        Assert.StartsWith("Bonjour Jean Dupont,", received.TextBody, StringComparison.Ordinal);
        Assert.Equal(outbox.SentMessageId, received.MessageId);
    }

    [Fact]
    public async Task AutoReply_AtMostOncePerThread_NeverToAutomatedOrBlacklisted()
    {
        var (team, client) = await TeamWithDefaultsAsync();
        var first = $"<t1.{Guid.NewGuid():N}@acme-gestion.fr>";
        await client.UploadAsync(Unsubscribe(messageId: first));
        await client.UploadAsync(Unsubscribe(extraHeaders: $"In-Reply-To: {first}\r\nReferences: {first}\r\n", date: new DateTimeOffset(2025, 6, 1, 11, 0, 0, TimeSpan.FromHours(2))));
        await client.UploadAsync(Mail.OutOfOffice());
        await client.PostJsonAsync("/api/v1/blacklist", new { pattern = "spam-corp.test", type = "domain", reason = "test" });
        await client.UploadAsync(Unsubscribe(from: "contact@spam-corp.test"));

        await client.RunNowAsync();
        await using var db = factory.Database.CreateContext();
        var outbox = await db.OutboxMessages.Where(o => o.TeamId == team.Id).ToListAsync();
        var executions = await db.RoutingExecutions.Where(e => e.TeamId == team.Id).ToListAsync();
        var details = executions.SelectMany(e => e.Actions).Where(a => a.Type == "auto_reply").Select(a => a.Detail).ToList();

        Assert.Equal("jean.dupont@acme-gestion.fr", Assert.Single(outbox).ToAddress);
        Assert.Contains("this thread already had an auto-reply", details);
        Assert.Contains("the sender is blacklisted", details);
        Assert.Equal(3, executions.Count);
    }

    [Fact]
    public async Task AutoReply_DailyCap_StopsRepliesUntilTheTeamsNextDay()
    {
        var (team, client) = await TeamWithDefaultsAsync();
        using var admin = factory.ClientFor(team.Admin);
        (await admin.PutJsonAsync("/api/v1/team/settings", new { auto_reply_daily_cap = 1 })).EnsureSuccessStatusCode();
        await client.UploadAsync(Unsubscribe(from: "a.martin@alpha.test"));
        await client.UploadAsync(Unsubscribe(from: "b.martin@beta.test"));

        await client.RunNowAsync();
        var dryRun = await client.DryRunAsync("Merci de me retirer de votre liste de diffusion, je ne souhaite plus recevoir vos emails. Désabonnez-moi.", "Désinscription", "c.martin@gamma.test");
        await using var db = factory.Database.CreateContext();
        var capped = (await db.RoutingExecutions.Where(e => e.TeamId == team.Id).ToListAsync()).SelectMany(e => e.Actions).ToList();

        Assert.Equal(1, await db.OutboxMessages.CountAsync(o => o.TeamId == team.Id));
        Assert.Contains(capped, a => a.Type == "auto_reply" && a.Detail == "the daily cap of 1 auto-replies is reached");
        Assert.Equal("the daily cap of 1 auto-replies is reached", dryRun["matched"]![0]!["actions"]![2]!["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Outbox_TransientRefusalIsRetried_PermanentRefusalGivesUp()
    {
        var (team, client) = await TeamWithDefaultsAsync();
        await client.UploadAsync(Unsubscribe(from: "retry@alpha-retry.test"));
        await client.RunNowAsync();

        factory.Smtp.Refuse((SmtpServer.Protocol.SmtpReplyCode)451);
        var refused = await factory.SendOutboxAsync(team.Id);
        await using var db = factory.Database.CreateContext();
        var queued = await db.OutboxMessages.AsNoTracking().SingleAsync(o => o.TeamId == team.Id);
        var early = await factory.SendOutboxAsync(team.Id);
        factory.Time.Advance(TimeSpan.FromMinutes(1));
        var retried = await factory.SendOutboxAsync(team.Id);
        var sent = await db.OutboxMessages.AsNoTracking().SingleAsync(o => o.TeamId == team.Id);

        await client.UploadAsync(Unsubscribe(from: "never@beta-never.test"));
        await client.RunNowAsync();
        factory.Smtp.Refuse(SmtpServer.Protocol.SmtpReplyCode.MailboxUnavailable);
        await factory.SendOutboxAsync(team.Id);
        var failed = await db.OutboxMessages.AsNoTracking().SingleAsync(o => o.TeamId == team.Id && o.ToAddress == "never@beta-never.test");

        Assert.Equal(0, refused);
        Assert.Equal(OutboxStatus.Queued, queued.Status);
        Assert.Equal(1, queued.Attempts);
        Assert.StartsWith("smtp 451", queued.LastError, StringComparison.Ordinal);
        Assert.Equal(0, early);
        Assert.Equal(1, retried);
        Assert.Equal(OutboxStatus.Sent, sent.Status);
        Assert.Equal(2, sent.Attempts);
        Assert.Equal(OutboxStatus.Failed, failed.Status);
        Assert.StartsWith("smtp 550", failed.LastError, StringComparison.Ordinal);

        // An admin sees it given up and queues it again; it goes at the next round.
        using var admin = factory.ClientFor(team.Admin);
        var listed = await (await admin.GetAsync("/api/v1/outbox?status=failed")).ReadJsonAsync();
        var retry = await admin.PostAsync($"/api/v1/outbox/{failed.Id}/retry", null);
        var again = await admin.PostAsync($"/api/v1/outbox/{failed.Id}/retry", null);
        var resent = await factory.SendOutboxAsync(team.Id);

        Assert.Equal([failed.Id], listed.AsArray().Select(m => m!["id"]!.GetValue<Guid>()));
        Assert.Equal(System.Net.HttpStatusCode.NoContent, retry.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(1, resent);
        Assert.Equal(OutboxStatus.Sent, (await db.OutboxMessages.AsNoTracking().SingleAsync(o => o.Id == failed.Id)).Status);
    }

    [Fact]
    public async Task CustomRule_AssignsNotifiesListedUsersSetsPriorityAndNamesTheTaskAssignee()
    {
        var team = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Manager);
        await client.CreateRuleAsync("meeting_request",
        [
            Action(RoutingActionType.AssignToUser, new { assignee_id = team.Member.Id }),
            Action(RoutingActionType.SetPriority, new { priority = "low" }),
            Action(RoutingActionType.SendNotification, new { user_ids = new[] { team.Member.Id }, title = "RDV {sender_email}" }),
            Action(RoutingActionType.CreateTask, new { title = "Caler le rendez-vous", assignee_id = team.Admin.Id, priority = "urgent" }),
            Action(RoutingActionType.CreateTask, new { title = "Préparer le dossier" }),
        ]);
        await client.UploadAsync(Meeting());

        await client.RunNowAsync();
        await using var db = factory.Database.CreateContext();
        var interaction = await db.Interactions.SingleAsync(i => i.TeamId == team.Id);
        var tasks = await db.Tasks.Where(t => t.TeamId == team.Id).OrderBy(t => t.Title).ToListAsync();
        var notification = await db.Notifications.SingleAsync(n => n.TeamId == team.Id);

        Assert.Equal(team.Member.Id, interaction.AssigneeId);
        Assert.Equal(Priority.Low, interaction.Priority);
        Assert.Equal(team.Member.Id, notification.UserId);
        Assert.Equal("RDV jean.dupont@acme-gestion.fr", notification.Title);
        Assert.Equal(("Caler le rendez-vous", team.Admin.Id, Priority.Urgent), (tasks[0].Title, tasks[0].AssigneeId, tasks[0].Priority));
        Assert.Equal(("Préparer le dossier", team.Member.Id, Priority.Normal), (tasks[1].Title, tasks[1].AssigneeId, tasks[1].Priority));
        Assert.Null(tasks[1].DueAt);
    }

    [Fact]
    public async Task NoRuleMatches_FallbackAssignsToTheOwnerElseTheDefaultAssignee()
    {
        var team = await factory.CreateTeamAsync();
        using var admin = factory.ClientFor(team.Admin);
        var owned = await admin.CreateAsync("/api/v1/people", new { first_name = "Jean", last_name = "Dupont", email = "jean.dupont@acme-gestion.fr" });
        await using (var setup = factory.Database.CreateContext())
        {
            (await setup.People.SingleAsync(p => p.Id == owned)).OwnerId = team.Member.Id;
            await setup.SaveChangesAsync();
        }

        (await admin.PutJsonAsync("/api/v1/team/settings", new { default_assignee_id = team.Manager.Id })).EnsureSuccessStatusCode();
        await admin.UploadAsync(Meeting());
        await admin.UploadAsync(Meeting(from: "lucie.martin@beta-conseil.fr"));

        await admin.RunNowAsync();
        await using var db = factory.Database.CreateContext();
        var interactions = await db.Interactions.Where(i => i.TeamId == team.Id).ToListAsync();
        var executions = await db.RoutingExecutions.Where(e => e.TeamId == team.Id).ToListAsync();

        Assert.Equal(team.Member.Id, interactions.Single(i => i.PersonId == owned).AssigneeId);
        Assert.Equal(team.Manager.Id, interactions.Single(i => i.PersonId != owned).AssigneeId);
        Assert.All(executions, e => Assert.Equal(("fallback", (Guid?)null), (e.Result, e.RuleId)));
        Assert.Equal(2, executions.Count);
    }

    [Fact]
    public async Task Fallback_None_LeavesItUnassigned()
    {
        var team = await factory.CreateTeamAsync();
        using var admin = factory.ClientFor(team.Admin);
        (await admin.PutJsonAsync("/api/v1/team/settings", new { default_assignee_id = team.Manager.Id, fallback = "none" })).EnsureSuccessStatusCode();
        await admin.UploadAsync(Meeting());

        await admin.RunNowAsync();
        await using var db = factory.Database.CreateContext();

        Assert.Null((await db.Interactions.SingleAsync(i => i.TeamId == team.Id)).AssigneeId);
        Assert.False(await db.RoutingExecutions.AnyAsync(e => e.TeamId == team.Id));
    }

    [Fact]
    public async Task AddToPipeline_NeverMovesAnOrganisationBack_AndOldMailMakesNoTask()
    {
        var (team, client) = await TeamWithDefaultsAsync();
        var organisation = await client.CreateAsync("/api/v1/organisations", new { name = "ACME Gestion", domain = "acme-gestion.fr", pipeline_stage = "gagne" });
        await client.UploadAsync(Mail.Dupont());
        await client.UploadAsync(Mail.Letter("lucie.martin@beta-conseil.fr", "Lucie Martin", "Ancienne demande de devis",
            "Bonjour,\r\n\r\nPourriez-vous nous faire parvenir un devis pour 40 licences ? Merci.", "Lucie Martin\r\nBeta Conseil",
            date: RelaisFactory.Start.AddDays(-30)));

        await client.RunNowAsync();
        await using var db = factory.Database.CreateContext();
        var actions = (await db.RoutingExecutions.Where(e => e.TeamId == team.Id).ToListAsync()).SelectMany(e => e.Actions).ToList();

        Assert.Equal("gagne", (await db.Organisations.SingleAsync(o => o.Id == organisation)).PipelineStage);
        Assert.Contains(actions, a => a.Type == "add_to_pipeline" && a.Detail == "the organisation is already at this stage, a later one, or one of the team's own");
        Assert.Equal("Préparer devis pour ACME Gestion", (await db.Tasks.SingleAsync(t => t.TeamId == team.Id)).Title);
        Assert.Contains(actions, a => a.Type == "create_task" && a.Detail == "the email is older than 7 days");
    }

    [Fact]
    public async Task Run_OnAStoredEmail_ActsForReal()
    {
        var team = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Manager);
        await client.UploadAsync(FollowUp());
        await client.RunNowAsync();
        await client.CreateRuleAsync("follow_up", [Action(RoutingActionType.TagInteraction, new { tag = "relancé" })]);
        await using var db = factory.Database.CreateContext();
        var email = await db.EmailMessages.SingleAsync(e => e.TeamId == team.Id);

        var response = await client.PostJsonAsync("/api/v1/routing-rules/run", new { email_id = email.Id });
        var body = await response.ReadJsonAsync();
        var member = await factory.ClientFor(team.Member).PostJsonAsync("/api/v1/routing-rules/run", new { email_id = email.Id });

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.False(body["dry_run"]!.GetValue<bool>());
        Assert.Single(body["matched"]!.AsArray());
        Assert.Equal(["relancé"], (await db.Interactions.AsNoTracking().SingleAsync(i => i.TeamId == team.Id)).Tags);
        Assert.Equal("manual", (await db.RoutingExecutions.SingleAsync(e => e.TeamId == team.Id && e.RuleId != null)).Trigger);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, member.StatusCode);
    }
}
