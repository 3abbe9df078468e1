using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relais.Data.Model;
using Relais.Server.Tests.Infrastructure;

namespace Relais.Server.Tests.Features.Settings;

public sealed class TeamSettingsTests(RelaisFactory factory) : IClassFixture<RelaisFactory>
{
    [Fact]
    public async Task Get_NewTeam_ShowsTheDefaults()
    {
        var team = await factory.CreateTeamAsync();

        var body = await (await factory.ClientFor(team.Admin).GetAsync("/api/v1/team/settings")).ReadJsonAsync();

        Assert.Equal("Europe/Paris", body["timezone"]!.GetValue<string>());
        Assert.Equal("FR", body["default_phone_region"]!.GetValue<string>());
        Assert.Equal("09:00", body["business_hours"]!["start"]!.GetValue<string>());
        Assert.Equal("18:00", body["business_hours"]!["end"]!.GetValue<string>());
        Assert.Equal(["monday", "tuesday", "wednesday", "thursday", "friday"], body["business_hours"]!["days"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal("owner_then_default", body["fallback"]!.GetValue<string>());
        Assert.Equal("0 * * * *", body["autofill_schedule"]!.GetValue<string>());
        Assert.Equal(0.92, body["auto_apply_threshold"]!.GetValue<double>());
        Assert.Equal(50, body["auto_reply_daily_cap"]!.GetValue<int>());
        Assert.Equal("local_only", body["ai_policy"]!.GetValue<string>());
    }

    [Fact]
    public async Task Put_ValidSettings_AreStoredAndAudited_AbsentOnesKept()
    {
        var team = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Admin);

        var response = await client.PutJsonAsync("/api/v1/team/settings", new
        {
            timezone = "America/New_York",
            default_phone_region = "us",
            business_hours = new { start = "08:30", end = "17:00", days = new[] { "saturday", "monday" } },
            default_assignee_id = team.Manager.Id,
            fallback = "default_assignee",
            autofill_schedule = "*/15 8-18 * * 1-5",
            auto_apply_threshold = 0.95,
            auto_reply_daily_cap = 10,
            auto_reply_from = "Ventes <ventes@example.fr>",
            ai_policy = "eu_only",
        });
        var cleared = await client.PutJsonAsync("/api/v1/team/settings", new { default_assignee_id = (Guid?)null, autofill_schedule = "off" });
        await using var db = factory.Database.CreateContext();
        var row = await db.Teams.SingleAsync(t => t.Id == team.Id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        Assert.Equal("America/New_York", row.Timezone);
        Assert.Equal("US", row.DefaultPhoneRegion);
        Assert.Equal((new TimeOnly(8, 30), new TimeOnly(17, 0)), (row.BusinessHoursStart, row.BusinessHoursEnd));
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Saturday], row.BusinessDays);
        Assert.Null(row.DefaultAssigneeId);
        Assert.Equal(RoutingFallback.DefaultAssignee, row.RoutingFallback);
        Assert.Null(row.AutofillSchedule);
        Assert.Equal(0.95, row.AutoApplyThreshold);
        Assert.Equal(10, row.AutoReplyDailyCap);
        Assert.Equal("Ventes <ventes@example.fr>", row.AutoReplyFrom);
        Assert.Equal(AiPolicy.EuOnly, row.AiPolicy);
        Assert.Equal(2, await db.AuditLog.CountAsync(a => a.TeamId == team.Id && a.Action == "team.settings_changed"));
    }

    [Fact]
    public async Task Put_InvalidValues_AreRefusedByField_AndNothingChanges()
    {
        var team = await factory.CreateTeamAsync();
        var other = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Admin);

        var response = await client.PutJsonAsync("/api/v1/team/settings", new
        {
            timezone = "Paris",
            default_phone_region = "ZZ",
            business_hours = new { start = "18:00", end = "09:00" },
            default_assignee_id = other.Manager.Id,
            autofill_schedule = "every hour",
            auto_apply_threshold = 0.2,
            auto_reply_daily_cap = -1,
            auto_reply_from = "not an address",
        });
        var errors = (await response.ReadJsonAsync())["errors"]!;
        var badJson = await client.PutAsync("/api/v1/team/settings", new StringContent("{\"timezone\": ", System.Text.Encoding.UTF8, "application/json"));
        await using var db = factory.Database.CreateContext();
        var row = await db.Teams.SingleAsync(t => t.Id == team.Id);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            ["auto_apply_threshold", "auto_reply_daily_cap", "auto_reply_from", "autofill_schedule", "business_hours.end", "default_assignee_id", "default_phone_region", "timezone"],
            errors.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, badJson.StatusCode);
        Assert.Equal("Europe/Paris", row.Timezone);
        Assert.Equal("FR", row.DefaultPhoneRegion);
    }

    [Fact]
    public async Task Settings_ManagerAndMember_AreForbidden()
    {
        var team = await factory.CreateTeamAsync();

        var manager = await factory.ClientFor(team.Manager).GetAsync("/api/v1/team/settings");
        var member = await factory.ClientFor(team.Member).PutJsonAsync("/api/v1/team/settings", new { timezone = "UTC" });

        Assert.Equal(HttpStatusCode.Forbidden, manager.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, member.StatusCode);
    }

    [Fact]
    public async Task DefaultPhoneRegion_IsWhatThePipelineParsesPhonesWith()
    {
        // A London number written nationally, from a .com sender: only the team's region tells it apart.
        static string Letter(string user) => Mail.Letter($"{user}@hughes-partners.com", "Oliver Hughes", "Quote",
            "Hello,\r\n\r\nCould you send us a quote for 40 licences? Thanks.", "Best regards,\r\nOliver Hughes\r\nSales Director\r\nHughes Partners\r\nMobile: 020 7946 0958");
        var french = await factory.CreateTeamAsync();
        var british = await factory.CreateTeamAsync();
        using var frenchClient = factory.ClientFor(french.Admin);
        using var britishClient = factory.ClientFor(british.Admin);
        (await britishClient.PutJsonAsync("/api/v1/team/settings", new { default_phone_region = "GB" })).EnsureSuccessStatusCode();
        await frenchClient.UploadAsync(Letter("oliver"));
        await britishClient.UploadAsync(Letter("oliver"));

        var run = new { days_back = 30, max_emails = 100, auto_apply_threshold = 0.5 };
        await frenchClient.PostJsonAsync("/api/v1/autofill-jobs/run-now", run);
        await britishClient.PostJsonAsync("/api/v1/autofill-jobs/run-now", run);
        await using var db = factory.Database.CreateContext();

        Assert.False(await db.AutofillSuggestions.AnyAsync(s => s.TeamId == french.Id && s.Field == "mobile"));
        Assert.Equal("+442079460958", await db.AutofillSuggestions.Where(s => s.TeamId == british.Id && s.Field == "mobile").Select(s => s.SuggestedValue).SingleAsync());
    }

    [Fact]
    public async Task AutofillSchedule_IsWhatTheSchedulerFollows()
    {
        var off = await factory.CreateTeamAsync();
        var often = await factory.CreateTeamAsync();
        (await factory.ClientFor(off.Admin).PutJsonAsync("/api/v1/team/settings", new { autofill_schedule = "off" })).EnsureSuccessStatusCode();
        (await factory.ClientFor(often.Admin).PutJsonAsync("/api/v1/team/settings", new { autofill_schedule = "*/5 * * * *", auto_apply_threshold = 0.97 })).EnsureSuccessStatusCode();
        var scheduler = factory.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<Relais.Server.Jobs.AutofillScheduler>().Single();

        factory.Time.Advance(TimeSpan.FromMinutes(6));
        await scheduler.TickAsync(CancellationToken.None);
        await using var db = factory.Database.CreateContext();

        Assert.False(await db.AutofillJobs.AnyAsync(j => j.TeamId == off.Id));
        var job = await db.AutofillJobs.SingleAsync(j => j.TeamId == often.Id);
        Assert.Equal((JobTrigger.Schedule, 0.97), (job.Trigger, job.AutoApplyThreshold));
    }
}
