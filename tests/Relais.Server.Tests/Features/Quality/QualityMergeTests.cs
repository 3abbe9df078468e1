using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Relais.Data;
using Relais.Data.Model;
using Relais.Server.Features.Quality;
using Relais.Server.Tests.Infrastructure;

namespace Relais.Server.Tests.Features.Quality;

public sealed class QualityMergeTests(RelaisFactory factory) : IClassFixture<RelaisFactory>
{
    [Fact]
    public void Model_ReferencesToPeopleAndOrganisations_AreTheOnesTheMergeMoves()
    {
        // A new table pointing at people or organisations shows up here: the merge re-points it through
        // the model's foreign keys, and the tests below assert every one of these columns.
        using var db = factory.Database.CreateContext();

        Assert.Equal(
            ["autofill_suggestions.person_id", "email_messages.person_id", "interactions.person_id", "person_organisation_links.person_id", "tasks.person_id"],
            QualityMerge.ReferencesTo(db.Model, typeof(Person)).Select(QualityMerge.Name).Order(StringComparer.Ordinal));
        Assert.Equal(
            ["autofill_suggestions.organisation_id", "interactions.organisation_id", "person_organisation_links.organisation_id", "tasks.organisation_id"],
            QualityMerge.ReferencesTo(db.Model, typeof(Organisation)).Select(QualityMerge.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task MergePeople_FillsEmptyFieldsMovesEveryRowKeepsProvenanceAndDeletes()
    {
        var team = await factory.CreateTeamAsync();
        var seed = new CrmSeed(factory, team.Id);
        var acme = await seed.OrganisationAsync("Acme Gestion");
        var globex = await seed.OrganisationAsync("Globex");
        var keep = await seed.PersonAsync("Claire", "Martin", "claire.martin@acme-gestion.fr", organisations: [acme]);
        var merge = await seed.PersonAsync("Claire", "Martin", "c.martin@gmail.com", phone: "01 42 68 53 00", job: "Directrice financière", organisations: [globex, acme]);
        Guid interaction, task, email, suggestion, phoneProvenance, jobProvenance;
        await using (var db = factory.Database.CreateContext())
        {
            var now = factory.Time.GetUtcNow();
            var message = new EmailMessage { TeamId = team.Id, Subject = "Devis", ContentHash = "merge-1", ReceivedAt = now, CreatedAt = now, PersonId = merge };
            var row = new Interaction { TeamId = team.Id, Type = InteractionType.Email, Title = "Devis", PersonId = merge, OccurredAt = now, CreatedAt = now };
            var todo = new TaskItem { TeamId = team.Id, Title = "Rappeler", PersonId = merge, CreatedAt = now };
            var suggested = new AutofillSuggestion
            {
                TeamId = team.Id, EmailMessageId = message.Id, PersonId = merge, Field = "phone", SuggestedValue = "01 42 68 53 00", Confidence = 0.97,
                Model = "relais-engine/test", Status = SuggestionStatus.AutoApplied, CreatedAt = now,
            };
            var phoneRow = Provenance(team.Id, merge, "phone", ProvenanceSource.Autofill, "01 42 68 53 00", now, message.Id, suggested.Id);
            var jobRow = Provenance(team.Id, merge, "job_title", ProvenanceSource.User, "Directrice financière", now, userId: team.Manager.Id);
            db.Links(team.Id, merge, acme).Role = "Directrice financière";
            db.AddRange(message, row, todo, suggested, phoneRow, jobRow,
                Provenance(team.Id, merge, "email", ProvenanceSource.User, "c.martin@gmail.com", now),
                Provenance(team.Id, keep, "email", ProvenanceSource.User, "claire.martin@acme-gestion.fr", now),
                // The kept record's phone was cleared by a user later: that row described an empty value.
                Provenance(team.Id, keep, "phone", ProvenanceSource.User, null, now.AddMinutes(5)));
            await db.SaveChangesAsync();
            (interaction, task, email, suggestion, phoneProvenance, jobProvenance) = (row.Id, todo.Id, message.Id, suggested.Id, phoneRow.Id, jobRow.Id);
        }

        using var client = factory.ClientFor(team.Manager);
        var response = await client.PostJsonAsync("/api/v1/quality/people/merge", new { keep_id = keep, merge_id = merge });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal(["job_title", "phone"], body["fields_filled"]!.AsArray().Select(f => f!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Equal(
            "{\"autofill_suggestions.person_id\":1,\"email_messages.person_id\":1,\"field_provenance.entity_id\":2,\"interactions.person_id\":1,\"person_organisation_links.person_id\":1,\"tasks.person_id\":1}",
            body["moved"]!.ToJsonString());

        await using var check = factory.Database.CreateContext();
        var kept = await check.People.SingleAsync(p => p.Id == keep);
        Assert.Equal(("claire.martin@acme-gestion.fr", "01 42 68 53 00", "Directrice financière"), (kept.Email, kept.Phone, kept.JobTitle));
        Assert.Null(await check.People.FindAsync(merge));
        Assert.Equal(keep, (await check.Interactions.SingleAsync(i => i.Id == interaction)).PersonId);
        Assert.Equal(keep, (await check.Tasks.SingleAsync(t => t.Id == task)).PersonId);
        Assert.Equal(keep, (await check.EmailMessages.SingleAsync(m => m.Id == email)).PersonId);
        Assert.Equal(keep, (await check.AutofillSuggestions.SingleAsync(s => s.Id == suggestion)).PersonId);
        await AssertNothingPointsAtAsync(check, typeof(Person), merge);

        // Acme twice becomes one link (the role the kept one lacked filled in); Globex moves, not primary: Acme was the kept person's primary.
        var links = await check.PersonOrganisationLinks.Where(l => l.PersonId == keep).OrderBy(l => l.IsPrimary).ToListAsync();
        Assert.Equal(
            [(globex, (string?)null, false), (acme, "Directrice financière", true)],
            links.Select(l => (l.OrganisationId, l.Role, l.IsPrimary)));

        // The filled fields keep who set them; the rest of the merged record's provenance goes with it.
        var provenance = await check.FieldProvenance.Where(p => p.EntityId == keep || p.EntityId == merge).OrderBy(p => p.Field).ToListAsync();
        Assert.Equal(
            [("email", keep, ProvenanceSource.User), ("job_title", keep, ProvenanceSource.User), ("phone", keep, ProvenanceSource.Autofill)],
            provenance.Select(p => (p.Field, p.EntityId, p.Source)));
        Assert.Equal(phoneProvenance, provenance[2].Id);
        Assert.Equal((email, suggestion), (provenance[2].EmailMessageId, provenance[2].SuggestionId));
        Assert.Equal((jobProvenance, team.Manager.Id), (provenance[1].Id, provenance[1].UserId));

        var audit = await check.AuditLog.SingleAsync(a => a.Action == "person.merged" && a.EntityId == keep);
        Assert.Equal((keep, team.Manager.Id, "people"), (audit.EntityId!.Value, audit.UserId!.Value, audit.EntityType));
        using var details = JsonDocument.Parse(audit.Details!);
        Assert.Equal(merge, details.RootElement.GetProperty("merged_id").GetGuid());
        Assert.DoesNotContain("01 42", audit.Details, StringComparison.Ordinal);
        Assert.DoesNotContain("@", audit.Details, StringComparison.Ordinal);
        Assert.Contains(check.AuditLog, a => a.Action == "person.deleted" && a.EntityId == merge);
    }

    [Fact]
    public async Task MergePeople_UnsubscribedOnEitherRecord_StaysUnsubscribedConsentNotCopied()
    {
        var team = await factory.CreateTeamAsync();
        var seed = new CrmSeed(factory, team.Id);
        var keep = await seed.PersonAsync("Luc", "Petit", "luc@petit-conseil.fr");
        var merge = await seed.PersonAsync("Luc", "Petit", null);
        await using (var db = factory.Database.CreateContext())
        {
            var other = await db.People.SingleAsync(p => p.Id == merge);
            (other.Unsubscribed, other.ConsentEmail, other.ConsentAi) = (true, true, true);
            await db.SaveChangesAsync();
        }

        using var client = factory.ClientFor(team.Admin);
        var response = await client.PostJsonAsync("/api/v1/quality/people/merge", new { keep_id = keep, merge_id = merge });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var check = factory.Database.CreateContext();
        var kept = await check.People.SingleAsync(p => p.Id == keep);
        Assert.Equal((true, false, false), (kept.Unsubscribed, kept.ConsentEmail, kept.ConsentAi));
    }

    [Fact]
    public async Task MergeOrganisations_FillsFieldsMovesLinksWithoutDuplicatesAndEveryRow()
    {
        var team = await factory.CreateTeamAsync();
        var seed = new CrmSeed(factory, team.Id);
        var keep = await seed.OrganisationAsync("Acme Gestion", domain: "acme-gestion.fr");
        var merge = await seed.OrganisationAsync("ACME GESTION SAS", website: "https://www.acme-gestion.fr", phone: "01 42 68 53 00", city: "Paris");
        var both = await seed.PersonAsync("Claire", "Martin", null, organisations: [keep, merge]);
        var onlyMerged = await seed.PersonAsync("Luc", "Petit", null, organisations: [merge]);
        Guid interaction, task, suggestion, websiteProvenance;
        await using (var db = factory.Database.CreateContext())
        {
            var now = factory.Time.GetUtcNow();
            var message = new EmailMessage { TeamId = team.Id, Subject = "Devis", ContentHash = "merge-2", ReceivedAt = now, CreatedAt = now };
            var row = new Interaction { TeamId = team.Id, Type = InteractionType.Meeting, Title = "Réunion", OrganisationId = merge, OccurredAt = now, CreatedAt = now };
            var todo = new TaskItem { TeamId = team.Id, Title = "Envoyer le devis", OrganisationId = merge, CreatedAt = now };
            var suggested = new AutofillSuggestion
            {
                TeamId = team.Id, EmailMessageId = message.Id, OrganisationId = merge, TargetType = SuggestionTarget.Organisation, Field = "website",
                SuggestedValue = "https://www.acme-gestion.fr", Confidence = 0.95, Model = "relais-engine/test", CreatedAt = now,
            };
            var websiteRow = Provenance(team.Id, merge, "website", ProvenanceSource.Autofill, "https://www.acme-gestion.fr", now, message.Id, suggested.Id, ProvenanceEntity.Organisation);
            db.Links(team.Id, both, merge).Role = "Cliente";
            db.AddRange(message, row, todo, suggested, websiteRow);
            await db.SaveChangesAsync();
            (interaction, task, suggestion, websiteProvenance) = (row.Id, todo.Id, suggested.Id, websiteRow.Id);
        }

        using var client = factory.ClientFor(team.Manager);
        var response = await client.PostJsonAsync("/api/v1/quality/organisations/merge", new { keep_id = keep, merge_id = merge });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal(["city", "phone", "website"], body["fields_filled"]!.AsArray().Select(f => f!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Equal(
            "{\"autofill_suggestions.organisation_id\":1,\"field_provenance.entity_id\":1,\"interactions.organisation_id\":1,\"person_organisation_links.organisation_id\":1,\"tasks.organisation_id\":1}",
            body["moved"]!.ToJsonString());

        await using var check = factory.Database.CreateContext();
        var kept = await check.Organisations.SingleAsync(o => o.Id == keep);
        Assert.Equal(("Acme Gestion", "acme-gestion.fr", "https://www.acme-gestion.fr", "01 42 68 53 00", "Paris"), (kept.Name, kept.Domain, kept.Website, kept.Phone, kept.City));
        Assert.Null(await check.Organisations.FindAsync(merge));
        Assert.Equal(keep, (await check.Interactions.SingleAsync(i => i.Id == interaction)).OrganisationId);
        Assert.Equal(keep, (await check.Tasks.SingleAsync(t => t.Id == task)).OrganisationId);
        Assert.Equal(keep, (await check.AutofillSuggestions.SingleAsync(s => s.Id == suggestion)).OrganisationId);
        await AssertNothingPointsAtAsync(check, typeof(Organisation), merge);
        var links = await check.PersonOrganisationLinks.Where(l => l.OrganisationId == keep).OrderBy(l => l.PersonId).ToListAsync();
        Assert.Equal(
            new[] { (both, "Cliente"), (onlyMerged, (string?)null) }.OrderBy(l => l.Item1),
            links.Select(l => (l.PersonId, l.Role)));
        var provenance = await check.FieldProvenance.SingleAsync(p => p.Id == websiteProvenance);
        Assert.Equal((keep, ProvenanceSource.Autofill, suggestion), (provenance.EntityId, provenance.Source, provenance.SuggestionId!.Value));
        Assert.Single(check.AuditLog.Where(a => a.Action == "organisation.merged" && a.EntityId == keep));
    }

    [Fact]
    public async Task Merge_SameId_Returns400ProblemDetails()
    {
        var team = await factory.CreateTeamAsync();
        var person = await new CrmSeed(factory, team.Id).PersonAsync("Luc", "Petit", null);
        using var client = factory.ClientFor(team.Manager);

        var response = await client.PostJsonAsync("/api/v1/quality/people/merge", new { keep_id = person, merge_id = person });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("keep_id and merge_id are the same record.", (await response.ReadJsonAsync())["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Merge_MissingId_Returns400Validation()
    {
        var team = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Manager);

        var response = await client.PostJsonAsync("/api/v1/quality/organisations/merge", new { keep_id = Guid.CreateVersion7() });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.ReadJsonAsync())["errors"]!["merge_id"]);
    }

    [Theory]
    [InlineData("people", "keep_id")]
    [InlineData("people", "merge_id")]
    [InlineData("organisations", "keep_id")]
    [InlineData("organisations", "merge_id")]
    public async Task Merge_IdOfAnotherTeam_Returns404AndTouchesNothing(string kind, string foreign)
    {
        var team = await factory.CreateTeamAsync();
        var other = await factory.CreateTeamAsync();
        var ours = new CrmSeed(factory, team.Id);
        var theirs = new CrmSeed(factory, other.Id);
        var (own, alien) = kind == "people"
            ? (await ours.PersonAsync("Claire", "Martin", null), await theirs.PersonAsync("Bernard", "Bravo", "b@bravo.fr", phone: "01 42 68 53 00"))
            : (await ours.OrganisationAsync("Crédit Alpin"), await theirs.OrganisationAsync("Banque Bravo", website: "https://bravo.fr"));
        using var client = factory.ClientFor(team.Admin);
        var body = foreign == "keep_id" ? new { keep_id = alien, merge_id = own } : new { keep_id = own, merge_id = alien };

        var response = await client.PostJsonAsync($"/api/v1/quality/{kind}/merge", body);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(foreign, (await response.ReadJsonAsync())["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        await using var check = factory.Database.CreateContext();
        if (kind == "people")
        {
            var (theirPerson, ourPerson) = (await check.People.SingleAsync(p => p.Id == alien), await check.People.SingleAsync(p => p.Id == own));
            Assert.Equal(("Bravo", "01 42 68 53 00"), (theirPerson.LastName, theirPerson.Phone));
            Assert.Equal(("Martin", (string?)null), (ourPerson.LastName, ourPerson.Phone));
        }
        else
        {
            Assert.Equal("https://bravo.fr", await check.Organisations.Where(o => o.Id == alien).Select(o => o.Website).SingleAsync());
            Assert.Null(await check.Organisations.Where(o => o.Id == own).Select(o => o.Website).SingleAsync());
        }

        Assert.Empty(check.AuditLog.Where(a => a.Action.EndsWith(".merged") && (a.TeamId == team.Id || a.TeamId == other.Id)));
    }

    /// <summary>Counts, for every foreign key of the model to <paramref name="principal"/>, the rows still pointing at <paramref name="id"/>.</summary>
    private static async Task AssertNothingPointsAtAsync(RelaisDbContext db, Type principal, Guid id)
    {
        foreach (var foreignKey in QualityMerge.ReferencesTo(db.Model, principal))
        {
            var table = foreignKey.DeclaringEntityType.GetTableName();
            var column = foreignKey.Properties[0].GetColumnName();
            // Names from the model, not from input; the id is a parameter.
            var sql = "SELECT COUNT(*) AS \"Value\" FROM \"" + table + "\" WHERE \"" + column + "\" = {0}";
            var left = await db.Database.SqlQueryRaw<int>(sql, id).SingleAsync();
            Assert.True(left == 0, $"{table}.{column}: {left} rows still point at the merged record.");
        }
    }

    private static FieldProvenance Provenance(
        Guid teamId, Guid entityId, string field, ProvenanceSource source, string? value, DateTimeOffset at, Guid? emailId = null, Guid? suggestionId = null,
        ProvenanceEntity kind = ProvenanceEntity.Person, Guid? userId = null) =>
        new()
        {
            TeamId = teamId, EntityType = kind, EntityId = entityId, Field = field, Source = source, Value = value, SetAt = at, EmailMessageId = emailId,
            SuggestionId = suggestionId, UserId = userId, Model = source == ProvenanceSource.Autofill ? "relais-engine/test" : null,
        };
}

internal static class LinkLookup
{
    /// <summary>The tracked link between a person and an organisation, to change it before saving.</summary>
    public static PersonOrganisationLink Links(this RelaisDbContext db, Guid teamId, Guid personId, Guid organisationId) =>
        db.PersonOrganisationLinks.Single(l => l.TeamId == teamId && l.PersonId == personId && l.OrganisationId == organisationId);
}
