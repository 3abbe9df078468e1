using System.Net;
using Microsoft.EntityFrameworkCore;
using Relais.Data.Model;
using Relais.Server.Tests.Infrastructure;

namespace Relais.Server.Tests.Features.Autofill;

public sealed class PipelineTests(RelaisFactory factory) : IClassFixture<RelaisFactory>
{
    private static readonly object RunAll = new { days_back = 30, max_emails = 100, auto_apply_threshold = 0.92 };

    [Fact]
    public async Task RunNow_NewSender_CreatesPersonOrganisationAndInteractionWithProvenance()
    {
        var team = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Manager);
        var upload = await client.UploadAsync(Mail.Dupont());

        var response = await client.PostJsonAsync("/api/v1/autofill-jobs/run-now", RunAll);
        var body = await response.ReadJsonAsync();
        await using var db = factory.Database.CreateContext();
        var person = await db.People.SingleAsync(p => p.TeamId == team.Id);
        var organisation = await db.Organisations.SingleAsync(o => o.TeamId == team.Id);
        var interaction = await db.Interactions.SingleAsync(i => i.TeamId == team.Id);
        var provenance = await db.FieldProvenance.Where(p => p.EntityId == person.Id).ToListAsync();

        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body["success"]!.GetValue<bool>());
        Assert.Equal(1, body["metrics"]!["emails_processed"]!.GetValue<int>());
        Assert.StartsWith("📧 Emails processed: 1\n", body["summary"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("jean.dupont@acme-gestion.fr", person.Email);
        Assert.Equal("Jean", person.FirstName);
        Assert.Equal("Dupont", person.LastName);
        Assert.Equal("+33612345678", person.Mobile);
        Assert.Equal("ACME Gestion", organisation.Name);
        Assert.Equal("acme-gestion.fr", organisation.Domain);
        Assert.Equal("quotation_request", interaction.Intent);
        Assert.Equal(person.Id, interaction.PersonId);
        Assert.Equal(organisation.Id, interaction.OrganisationId);
        Assert.All(provenance, p => Assert.Equal(ProvenanceSource.Autofill, p.Source));
        Assert.Contains(provenance, p => p.Field == "email" && p.SuggestionId != null && p.EmailMessageId != null);
        Assert.Equal(AnalysisState.Done, (await db.EmailMessages.SingleAsync(e => e.TeamId == team.Id)).AnalysisState);
    }

    [Fact]
    public async Task RunNow_Twice_CreatesNoNewSuggestion()
    {
        var team = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Manager);
        await client.UploadAsync(Mail.Dupont());
        await client.PostJsonAsync("/api/v1/autofill-jobs/run-now", RunAll);
        await using var db = factory.Database.CreateContext();
        var before = await db.AutofillSuggestions.CountAsync(s => s.TeamId == team.Id);

        var second = await (await client.PostJsonAsync("/api/v1/autofill-jobs/run-now", RunAll)).ReadJsonAsync();

        Assert.True(before > 0);
        Assert.Equal(0, second["metrics"]!["emails_processed"]!.GetValue<int>());
        Assert.Equal(before, await db.AutofillSuggestions.CountAsync(s => s.TeamId == team.Id));
    }

    [Fact]
    public async Task RunNow_UserEnteredPhone_IsNeverOverwritten()
    {
        var team = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Manager);
        var personId = await client.CreateAsync("/api/v1/people", new { first_name = "Jean", last_name = "Dupont", email = "jean.dupont@acme-gestion.fr", mobile = "+33 6 99 99 99 99" });
        await client.UploadAsync(Mail.Dupont());

        await client.PostJsonAsync("/api/v1/autofill-jobs/run-now", RunAll);
        await using var db = factory.Database.CreateContext();
        var person = await db.People.SingleAsync(p => p.Id == personId);
        var suggestion = await db.AutofillSuggestions.SingleAsync(s => s.PersonId == personId && s.Field == "mobile");

        Assert.Equal("+33 6 99 99 99 99", person.Mobile);
        Assert.Equal(SuggestionStatus.Pending, suggestion.Status);
        Assert.Equal("user_value", suggestion.Reason);
        Assert.Equal("+33612345678", suggestion.SuggestedValue);
        Assert.Equal("+33 6 99 99 99 99", suggestion.CurrentValue);
    }

    [Fact]
    public async Task RunNow_OutOfOfficeReply_ChangesNothing()
    {
        var team = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Manager);
        await client.UploadAsync(Mail.OutOfOffice());

        var body = await (await client.PostJsonAsync("/api/v1/autofill-jobs/run-now", RunAll)).ReadJsonAsync();
        await using var db = factory.Database.CreateContext();

        Assert.Equal(1, body["metrics"]!["emails_processed"]!.GetValue<int>());
        Assert.False(await db.People.AnyAsync(p => p.TeamId == team.Id));
        Assert.False(await db.AutofillSuggestions.AnyAsync(s => s.TeamId == team.Id));
        Assert.False(await db.Interactions.AnyAsync(i => i.TeamId == team.Id));
        Assert.Equal(AutomatedMail.AutoReply, (await db.Analyses.SingleAsync(a => a.TeamId == team.Id)).Automated);
    }

    [Fact]
    public async Task RunNow_GmailSender_CreatesNoOrganisation()
    {
        var team = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Manager);
        await client.UploadAsync(Mail.Letter("paul.martin@gmail.com", "Paul Martin", "Rendez-vous",
            "Bonjour,\r\n\r\nSeriez-vous disponible jeudi pour un rendez-vous ?", "Bien à vous,\r\nPaul Martin\r\nConsultant indépendant\r\nMartin Conseil\r\n06 12 34 56 78"));

        await client.PostJsonAsync("/api/v1/autofill-jobs/run-now", RunAll);
        await using var db = factory.Database.CreateContext();

        Assert.True(await db.People.AnyAsync(p => p.TeamId == team.Id && p.Email == "paul.martin@gmail.com"));
        Assert.False(await db.Organisations.AnyAsync(o => o.TeamId == team.Id));
        Assert.False(await db.AutofillSuggestions.AnyAsync(s => s.TeamId == team.Id && s.Field == "company"));
    }

    [Fact]
    public async Task RunNow_BlacklistedDomain_IsSkipped()
    {
        var team = await factory.CreateTeamAsync();
        await using (var setup = factory.Database.CreateContext())
        {
            setup.Blacklist.Add(new BlacklistEntry { TeamId = team.Id, Pattern = "acme-gestion.fr", Type = BlacklistType.Domain, CreatedAt = factory.Time.GetUtcNow() });
            await setup.SaveChangesAsync();
        }

        using var client = factory.ClientFor(team.Manager);
        await client.UploadAsync(Mail.Dupont());

        await client.PostJsonAsync("/api/v1/autofill-jobs/run-now", RunAll);
        await using var db = factory.Database.CreateContext();

        Assert.False(await db.People.AnyAsync(p => p.TeamId == team.Id));
        Assert.False(await db.AutofillSuggestions.AnyAsync(s => s.TeamId == team.Id));
        Assert.Equal(AnalysisState.Done, (await db.EmailMessages.SingleAsync(e => e.TeamId == team.Id)).AnalysisState);
    }

    [Fact]
    public async Task RunNow_TeamOwnOutgoingMail_NeverBecomesAContact()
    {
        var team = await factory.CreateTeamAsync();
        await using (var setup = factory.Database.CreateContext())
        {
            var row = await setup.Teams.SingleAsync(t => t.Id == team.Id);
            row.OwnDomains = ["relais-demo.fr"];
            await setup.SaveChangesAsync();
        }

        using var client = factory.ClientFor(team.Manager);
        var upload = await (await client.UploadAsync(Mail.Letter("camille.bertrand@relais-demo.fr", "Camille Bertrand", "Proposition",
            "Bonjour Jean,\r\n\r\nVeuillez trouver notre proposition ci-jointe.", "Cordialement,\r\nCamille Bertrand\r\nDirectrice du développement\r\nRelais Démo Gestion\r\n01 99 00 45 10"))).ReadJsonAsync();

        await client.PostJsonAsync("/api/v1/autofill-jobs/run-now", RunAll);
        await using var db = factory.Database.CreateContext();

        Assert.Equal("outbound", upload["direction"]!.GetValue<string>());
        Assert.Equal("skipped", upload["analysis_state"]!.GetValue<string>());
        Assert.False(await db.People.AnyAsync(p => p.TeamId == team.Id));
        Assert.False(await db.Organisations.AnyAsync(o => o.TeamId == team.Id));
    }

    [Fact]
    public async Task RunNow_SignatureOfSomeoneElse_NameWaitsForReview()
    {
        var team = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Manager);
        await client.UploadAsync(Mail.Letter("direction@acme-gestion.fr", "Direction ACME", "Rendez-vous",
            "Bonjour,\r\n\r\nPourriez-vous proposer un créneau la semaine prochaine ?",
            "Cordialement,\r\nMarie Durand\r\nAssistante de direction\r\nACME Gestion\r\nTél. : +33 1 42 68 53 10"));

        await client.PostJsonAsync("/api/v1/autofill-jobs/run-now", RunAll);
        await using var db = factory.Database.CreateContext();
        var person = await db.People.SingleAsync(p => p.TeamId == team.Id);
        var name = await db.AutofillSuggestions.SingleAsync(s => s.PersonId == person.Id && s.Field == "last_name");

        Assert.Null(person.LastName);
        Assert.Equal(SuggestionStatus.Pending, name.Status);
        Assert.True(name.Reason is "unconfirmed_name" or "below_threshold", name.Reason);
        Assert.Equal("Durand", name.SuggestedValue);
    }

    [Fact]
    public async Task RunNow_SameSignatureTwice_SecondIsACacheHitAndTheCacheHoldsNoText()
    {
        var team = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Manager);
        await client.UploadAsync(Mail.Dupont("Demande de devis"));
        await client.UploadAsync(Mail.Dupont("Relance : demande de devis"));

        var body = await (await client.PostJsonAsync("/api/v1/autofill-jobs/run-now", RunAll)).ReadJsonAsync();
        await using var db = factory.Database.CreateContext();
        var memory = await db.AiMemory.Where(m => m.TeamId == team.Id).ToListAsync();
        var signature = memory.Single(m => m.Task == AiTask.Signature);

        Assert.Equal(1, body["metrics"]!["signatures_parsed"]!.GetValue<int>());
        Assert.Equal(1, body["metrics"]!["signatures_cached"]!.GetValue<int>());
        Assert.Equal(1, signature.HitCount);
        Assert.Equal(2, memory.Count(m => m.Task == AiTask.Intent));
        Assert.Contains("33612345678", signature.Result, StringComparison.Ordinal);
        Assert.All(memory, m => Assert.DoesNotContain("Pourriez-vous", m.Result, StringComparison.Ordinal));
        Assert.All(memory, m => Assert.DoesNotContain("Cordialement", m.Result, StringComparison.Ordinal));
        Assert.True((await db.Analyses.SingleAsync(a => a.TeamId == team.Id && a.SignatureCached)).SignatureFound);
    }

    [Fact]
    public async Task Stats_AfterARun_CountJobsSuggestionsAndEmails()
    {
        var team = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Manager);
        await client.UploadAsync(Mail.Dupont());
        await client.UploadAsync(Mail.OutOfOffice());
        await client.PostJsonAsync("/api/v1/autofill-jobs/run-now", RunAll);

        var stats = await (await client.GetAsync("/api/v1/autofill-jobs/stats")).ReadJsonAsync();

        Assert.Equal(1, stats["jobs"]!["succeeded"]!.GetValue<int>());
        Assert.Equal(2, stats["emails"]!["done"]!.GetValue<int>());
        Assert.Equal(2, stats["totals"]!["emails_processed"]!.GetValue<int>());
        Assert.True(stats["suggestions"]!["auto_applied"]!.GetValue<int>() > 0);
        Assert.InRange(stats["auto_apply_rate"]!.GetValue<double>(), 0.01, 1.0);
        Assert.Equal("succeeded", stats["last_job"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Upload_SameMessageTwice_IsStoredOnce()
    {
        var team = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Manager);
        var mime = Mail.Dupont(messageId: "<unique-1@acme-gestion.fr>");

        var first = await client.UploadAsync(mime);
        var second = await client.UploadAsync(mime.Replace("\r\n", "\n", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.True((await second.ReadJsonAsync())["duplicate"]!.GetValue<bool>());
        Assert.Equal((await first.ReadJsonAsync())["id"]!.GetValue<Guid>(), (await second.ReadJsonAsync())["id"]!.GetValue<Guid>());
    }
}
