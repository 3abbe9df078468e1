using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relais.Data.Model;
using Relais.Server.Tests.Infrastructure;

namespace Relais.Server.Tests.Features.Autofill;

public sealed class ReviewTests(RelaisFactory factory) : IClassFixture<RelaisFactory>
{
    /// <summary>Nothing reaches a threshold of 1: every field waits for review, the sender is not created.</summary>
    private static readonly object ReviewEverything = new { days_back = 30, max_emails = 100, auto_apply_threshold = 1.0 };

    private async Task<(TestTeam Team, HttpClient Client, Dictionary<string, Guid> Pending)> PendingAsync()
    {
        var team = await factory.CreateTeamAsync();
        var client = factory.ClientFor(team.Manager);
        await client.UploadAsync(Mail.Dupont());
        await client.PostJsonAsync("/api/v1/autofill-jobs/run-now", ReviewEverything);
        var list = await (await client.GetAsync("/api/v1/autofill/suggestions?page_size=100")).ReadJsonAsync();
        var pending = list["items"]!.AsArray().ToDictionary(i => i!["field"]!.GetValue<string>(), i => i!["id"]!.GetValue<Guid>());
        return (team, client, pending);
    }

    [Fact]
    public async Task Queue_NewSenderBelowThreshold_ListsEveryFieldPendingWithItsOwnConfidence()
    {
        var (team, client, pending) = await PendingAsync();
        var list = await (await client.GetAsync("/api/v1/autofill/suggestions?page_size=100&sender=jean.dupont@acme-gestion.fr")).ReadJsonAsync();
        var items = list["items"]!.AsArray();
        await using var db = factory.Database.CreateContext();

        Assert.Contains("first_name", pending.Keys);
        Assert.Contains("mobile", pending.Keys);
        Assert.Contains("company", pending.Keys);
        Assert.All(items, i => Assert.Equal("new_contact", i!["reason"]!.GetValue<string>()));
        Assert.True(items.Select(i => i!["confidence"]!.GetValue<double>()).Distinct().Count() > 1);
        Assert.False(await db.People.AnyAsync(p => p.TeamId == team.Id));
        client.Dispose();
    }

    [Fact]
    public async Task Approve_NewSendersField_CreatesThePersonWithUserProvenanceAndAcceptedFeedback()
    {
        var (team, client, pending) = await PendingAsync();

        var response = await client.PostAsync($"/api/v1/autofill/suggestions/{pending["last_name"]}/approve", null);
        var again = await client.PostAsync($"/api/v1/autofill/suggestions/{pending["last_name"]}/approve", null);
        await using var db = factory.Database.CreateContext();
        var person = await db.People.SingleAsync(p => p.TeamId == team.Id);
        var provenance = await db.FieldProvenance.SingleAsync(p => p.EntityId == person.Id && p.Field == "last_name");
        var feedback = await db.AiFeedback.SingleAsync(f => f.SuggestionId == pending["last_name"]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("approved", (await response.ReadJsonAsync())["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("Dupont", person.LastName);
        Assert.Equal("jean.dupont@acme-gestion.fr", person.Email);
        Assert.Equal(ProvenanceSource.User, provenance.Source);
        Assert.Equal(team.Manager.Id, provenance.UserId);
        Assert.Equal(FeedbackOutcome.Accepted, feedback.Outcome);
        Assert.Empty(feedback.ErrorCategories);
        client.Dispose();
    }

    [Fact]
    public async Task CorrectAndReject_RecordTheirFeedbackCategories()
    {
        var (team, client, pending) = await PendingAsync();

        var corrected = await client.PostJsonAsync($"/api/v1/autofill/suggestions/{pending["job_title"]}/correct", new { value = "Directeur Commercial France" });
        var minor = await client.PostJsonAsync($"/api/v1/autofill/suggestions/{pending["first_name"]}/correct", new { value = "jean" });
        var rejected = await client.PostJsonAsync($"/api/v1/autofill/suggestions/{pending["mobile"]}/reject", new { reason = "numéro personnel" });
        await using var db = factory.Database.CreateContext();
        var person = await db.People.SingleAsync(p => p.TeamId == team.Id);
        var feedback = await db.AiFeedback.Where(f => f.TeamId == team.Id).ToDictionaryAsync(f => f.Field!);

        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Equal("Directeur Commercial France", person.JobTitle);
        Assert.Equal("jean", person.FirstName);
        Assert.Null(person.Mobile);
        Assert.Equal(["wrong_value_job_title"], feedback["job_title"].ErrorCategories);
        Assert.Equal(["minor_correction"], feedback["first_name"].ErrorCategories);
        Assert.Equal(FeedbackOutcome.Rejected, feedback["mobile"].Outcome);
        Assert.Equal(["wrong_value_mobile"], feedback["mobile"].ErrorCategories);
        Assert.Equal(HttpStatusCode.OK, minor.StatusCode);
        client.Dispose();
    }

    [Fact]
    public async Task Bulk_ApproveAll_WritesEveryFieldAndTheCompanyLink()
    {
        var (team, client, pending) = await PendingAsync();

        var response = await (await client.PostJsonAsync("/api/v1/autofill/suggestions/bulk", new { ids = pending.Values, action = "approve" })).ReadJsonAsync();
        await using var db = factory.Database.CreateContext();
        var person = await db.People.SingleAsync(p => p.TeamId == team.Id);
        var organisation = await db.Organisations.SingleAsync(o => o.TeamId == team.Id);

        Assert.Equal(pending.Count, response["done"]!.GetValue<int>());
        Assert.Equal("+33612345678", person.Mobile);
        Assert.Equal("ACME Gestion", organisation.Name);
        Assert.True(await db.PersonOrganisationLinks.AnyAsync(l => l.PersonId == person.Id && l.OrganisationId == organisation.Id && l.IsPrimary));
        Assert.Equal(pending.Count, await db.AiFeedback.CountAsync(f => f.TeamId == team.Id && f.Outcome == FeedbackOutcome.Accepted));
        client.Dispose();
    }

    [Fact]
    public async Task Undo_AutoAppliedField_RestoresThePreviousValue()
    {
        var team = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Manager);
        await client.UploadAsync(Mail.Dupont());
        await client.PostJsonAsync("/api/v1/autofill-jobs/run-now", new { days_back = 30, max_emails = 100 });
        var applied = await (await client.GetAsync("/api/v1/autofill/suggestions?status=auto_applied&field=mobile")).ReadJsonAsync();
        var id = applied["items"]![0]!["id"]!.GetValue<Guid>();

        var undo = await client.PostAsync($"/api/v1/autofill/suggestions/{id}/undo", null);
        var twice = await client.PostAsync($"/api/v1/autofill/suggestions/{id}/undo", null);
        await using var db = factory.Database.CreateContext();
        var person = await db.People.SingleAsync(p => p.TeamId == team.Id);

        Assert.Equal(HttpStatusCode.OK, undo.StatusCode);
        Assert.Equal("undone", (await undo.ReadJsonAsync())["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Null(person.Mobile);
        Assert.Equal(FeedbackOutcome.Rejected, (await db.AiFeedback.SingleAsync(f => f.SuggestionId == id)).Outcome);
    }

    [Fact]
    public async Task Blacklist_DropPending_RejectsTheSendersWaitingSuggestions()
    {
        var (team, client, pending) = await PendingAsync();

        var created = await client.PostJsonAsync("/api/v1/blacklist", new { pattern = "*@*acme-gestion.fr", type = "wildcard", drop_pending = true });
        var everyone = await client.PostJsonAsync("/api/v1/blacklist", new { pattern = "*@*", type = "wildcard" });
        var duplicate = await client.PostJsonAsync("/api/v1/blacklist", new { pattern = "*@*acme-gestion.fr", type = "wildcard" });
        await using var db = factory.Database.CreateContext();

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(pending.Count, (await created.ReadJsonAsync())["dropped_suggestions"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.BadRequest, everyone.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.False(await db.AutofillSuggestions.AnyAsync(s => s.TeamId == team.Id && s.Status == SuggestionStatus.Pending));
        client.Dispose();
    }

    [Fact]
    public async Task Accuracy_AfterReviews_ReportsRatesReliabilityAndAThreshold()
    {
        var team = await factory.CreateTeamAsync();
        await using (var setup = factory.Database.CreateContext())
        {
            // Twenty reviewed predictions: the confident ones right, the others mostly wrong.
            for (var i = 0; i < 20; i++)
            {
                var confident = i < 12;
                setup.AiFeedback.Add(new AiFeedback
                {
                    TeamId = team.Id, PredictionType = "signature", Field = "phone", Model = "relais-engine/test",
                    OriginalConfidence = confident ? 0.96 : 0.6, Outcome = confident || i % 4 == 0 ? FeedbackOutcome.Accepted : FeedbackOutcome.Rejected,
                    CreatedAt = factory.Time.GetUtcNow().AddDays(-(i % 3)),
                });
            }

            await setup.SaveChangesAsync();
        }

        using var client = factory.ClientFor(team.Member);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var scopes = scope.ServiceProvider.GetRequiredService<Relais.Server.Features.Tenancy.TeamScopes>();
            await using var teamScope = scopes.ForTeam(team.Id);
            var rollup = teamScope.ServiceProvider.GetRequiredService<Relais.Server.Features.Accuracy.AccuracyRollup>();
            foreach (var day in await rollup.DaysWithFeedbackAsync(factory.Time.GetUtcNow(), 7, default))
            {
                await rollup.RecomputeAsync(day, default);
            }
        }

        var body = await (await client.GetAsync("/api/v1/ai/accuracy?days=7")).ReadJsonAsync();
        var line = body["lines"]!.AsArray().Single()!;
        var top = line["reliability"]!.AsArray().Single(b => b!["from"]!.GetValue<double>() == 0.95)!;

        Assert.Equal(20, line["total"]!.GetValue<int>());
        Assert.Equal(14, line["accepted"]!.GetValue<int>());
        Assert.Equal(0.7, line["accepted_rate"]!.GetValue<double>());
        Assert.Equal(12, top["total"]!.GetValue<int>());
        Assert.Equal(1.0, top["precision"]!.GetValue<double>());
        Assert.Equal(0.95, line["recommended_threshold"]!.GetValue<double>());
        Assert.Equal(((12 * 0.96) + (2 * 0.6)) / 14, line["average_confidence_accepted"]!.GetValue<double>(), 3);
    }
}
