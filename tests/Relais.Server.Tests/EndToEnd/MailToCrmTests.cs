using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Relais.Data.Model;
using Relais.Server.Tests.Features.EmailAccounts;
using Relais.Server.Tests.Infrastructure;

namespace Relais.Server.Tests.EndToEnd;

/// <summary>
/// The whole flow through the API and a real Dovecot: sync a mailbox, run a background job, find
/// auto-applied fields and suggestions waiting for review, review them, and read the feedback and
/// the accuracy figures they produce.
/// </summary>
public sealed class MailToCrmTests(ImapFactory factory, DovecotServer dovecot) : IClassFixture<ImapFactory>, IClassFixture<DovecotServer>
{
    [Fact]
    public async Task Mailbox_SyncJobAndReview_FillTheCrmAndMeasureItsAccuracy()
    {
        var team = await factory.CreateTeamAsync();
        using var admin = factory.ClientFor(team.Admin);
        var mailbox = dovecot.AddUser();
        // Hélène is in the CRM already, with a title and phones a user typed: autofill must not overwrite them.
        var helene = await admin.CreateAsync("/api/v1/people", new
        {
            first_name = "Hélène", last_name = "Marchal", email = "helene.marchal@banque-estuaire.fr",
            job_title = "Directrice", phone = "+33 2 40 00 00 00", mobile = "+33 6 00 00 00 01",
        });
        await dovecot.AppendAsync(mailbox, "INBOX", Mail.Dupont(), Encoding.UTF8.GetString(Relais.Testing.GoldenAnalysis.Message), Mail.OutOfOffice());
        await dovecot.AppendAsync(mailbox, "Sent", ImapMail.Sent(mailbox.User));
        var account = await admin.CreateAsync("/api/v1/email-accounts", new
        {
            name = "Boîte commerciale", host = DovecotServer.Host, port = dovecot.Port, tls_mode = "none",
            username = mailbox.User, password = mailbox.Password, consent = true,
        });

        var sync = await (await admin.PostAsync($"/api/v1/email-accounts/{account}/sync", null)).ReadJsonAsync();
        var started = await admin.PostJsonAsync("/api/v1/autofill-jobs/start", new { days_back = 30, max_emails = 100, auto_apply_threshold = 0.92 });
        var jobId = (await started.ReadJsonAsync())["id"]!.GetValue<Guid>();
        var job = await WaitForAsync(admin, jobId);

        await using var db = factory.Database.CreateContext();
        var dupont = await db.People.SingleAsync(p => p.TeamId == team.Id && p.Email == "jean.dupont@acme-gestion.fr");
        var applied = await db.AutofillSuggestions.Where(s => s.TeamId == team.Id && s.Status == SuggestionStatus.AutoApplied).ToListAsync();
        var waiting = await (await admin.GetAsync($"/api/v1/autofill/suggestions?person_id={helene}&page_size=50")).ReadJsonAsync();
        var pending = waiting["items"]!.AsArray().ToDictionary(i => i!["field"]!.GetValue<string>(), i => i!["id"]!.GetValue<Guid>());

        Assert.True(sync["ok"]!.GetValue<bool>());
        Assert.Equal(4, sync["stored"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        Assert.Equal("succeeded", job["status"]!.GetValue<string>());
        Assert.Equal(3, job["metrics"]!["emails_processed"]!.GetValue<int>());
        Assert.Equal("+33612345678", dupont.Mobile);
        Assert.Contains(applied, s => s.PersonId == dupont.Id && s.Field == "mobile");
        Assert.True(await db.FieldProvenance.AnyAsync(p => p.EntityId == dupont.Id && p.Field == "mobile" && p.Source == ProvenanceSource.Autofill));
        Assert.Equal("+33 6 00 00 00 01", (await db.People.SingleAsync(p => p.Id == helene)).Mobile);
        Assert.Contains("mobile", pending.Keys);
        Assert.Equal("quotation_request", (await db.Interactions.SingleAsync(i => i.PersonId == helene)).Intent);

        var approve = await admin.PostAsync($"/api/v1/autofill/suggestions/{pending["mobile"]}/approve", null);
        var correct = await admin.PostJsonAsync($"/api/v1/autofill/suggestions/{pending["job_title"]}/correct", new { value = "Directrice financière et administrative" });
        var reject = await admin.PostJsonAsync($"/api/v1/autofill/suggestions/{pending["phone"]}/reject", new { reason = "standard, pas sa ligne" });
        var feedback = await (await admin.GetAsync("/api/v1/ai/feedback")).ReadJsonAsync();
        var accuracy = await (await admin.GetAsync("/api/v1/ai/accuracy?days=7")).ReadJsonAsync();
        var overall = accuracy["overall"]!.AsArray().Single()!;
        var person = await db.People.AsNoTracking().SingleAsync(p => p.Id == helene);

        Assert.Equal(HttpStatusCode.OK, approve.StatusCode);
        Assert.Equal(HttpStatusCode.OK, correct.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reject.StatusCode);
        Assert.Equal("+33671234567", person.Mobile);
        Assert.Equal("Directrice financière et administrative", person.JobTitle);
        Assert.Equal(3, feedback["total"]!.GetValue<int>());
        Assert.Equal(3, overall["total"]!.GetValue<int>());
        Assert.Equal(1, overall["accepted"]!.GetValue<int>());
        Assert.Equal(1, overall["corrected"]!.GetValue<int>());
        Assert.Equal(1, overall["rejected"]!.GetValue<int>());
        Assert.Equal(3, accuracy["lines"]!.AsArray().Count);
    }

    private static async Task<System.Text.Json.Nodes.JsonNode> WaitForAsync(HttpClient client, Guid jobId)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var job = await (await client.GetAsync($"/api/v1/autofill-jobs/{jobId}")).ReadJsonAsync();
            if (job["status"]!.GetValue<string>() is not ("queued" or "running"))
            {
                return job;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"Job {jobId} did not finish within 10 s.");
    }
}
