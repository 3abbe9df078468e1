using System.Net;
using Relais.Server.Tests.Infrastructure;

namespace Relais.Server.Tests.Features.Crm;

/// <summary>Interactions, tasks and notifications: the day-to-day records around people.</summary>
public sealed class WorkTests(RelaisFactory factory) : IClassFixture<RelaisFactory>
{
    [Fact]
    public async Task Interaction_CreateWithIntent_FiltersByIntentAndPerson()
    {
        var team = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Manager);
        var person = await client.CreateAsync("/api/v1/people", new { last_name = "Blanc" });
        var now = factory.Time.GetUtcNow();
        await client.CreateAsync("/api/v1/interactions", new { type = "email", title = "Demande de devis", person_id = person, intent = "quotation_request", intent_confidence = 0.91, tags = (string[])["devis", "devis", " fonds "] });
        await client.CreateAsync("/api/v1/interactions", new { type = "call", title = "Appel de suivi", person_id = person, intent = "follow_up" });

        var page = await (await client.GetAsync($"/api/v1/interactions?intent=quotation_request&person_id={person}")).ReadJsonAsync();
        var item = Assert.Single(page["items"]!.AsArray());

        Assert.Equal("Demande de devis", item!["title"]!.GetValue<string>());
        Assert.Equal("email", item["type"]!.GetValue<string>());
        Assert.Equal(["devis", "fonds"], item["tags"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal(now, item["occurred_at"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task Task_MarkedDone_GetsCompletedAtAndFiltersByStatus()
    {
        var team = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Manager);
        var id = await client.CreateAsync("/api/v1/tasks", new { title = "Préparer devis pour ACME", status = "in_progress", priority = "high", due_at = "2025-06-04T09:00:00+02:00", assignee_id = team.Member.Id });
        var started = await (await client.GetAsync("/api/v1/tasks?status=in_progress")).ReadJsonAsync();
        factory.Time.Advance(TimeSpan.FromHours(2));
        var now = factory.Time.GetUtcNow();

        var done = await (await client.PutJsonAsync($"/api/v1/tasks/{id}", new { title = "Préparer devis pour ACME", status = "done", priority = "high" })).ReadJsonAsync();
        var open = await (await client.GetAsync("/api/v1/tasks?status=in_progress")).ReadJsonAsync();
        var finished = await (await client.GetAsync("/api/v1/tasks?status=done")).ReadJsonAsync();

        Assert.Equal(now, done["completed_at"]!.GetValue<DateTimeOffset>());
        Assert.Equal("done", done["status"]!.GetValue<string>());
        Assert.Equal(1, started["total"]!.GetValue<int>());
        Assert.Equal(0, open["total"]!.GetValue<int>());
        Assert.Equal(1, finished["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Task_DueAtWithOffset_IsStoredAsTheSameInstant()
    {
        var team = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Manager);

        var id = await client.CreateAsync("/api/v1/tasks", new { title = "Relancer", due_at = "2025-06-04T09:00:00+02:00" });
        var task = await (await client.GetAsync($"/api/v1/tasks/{id}")).ReadJsonAsync();

        Assert.Equal(new DateTimeOffset(2025, 6, 4, 7, 0, 0, TimeSpan.Zero), task["due_at"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task Notifications_AreVisibleOnlyToTheirUser()
    {
        var team = await factory.CreateTeamAsync();
        using var manager = factory.ClientFor(team.Manager);
        using var member = factory.ClientFor(team.Member);
        var id = await manager.CreateAsync("/api/v1/notifications", new { user_id = team.Member.Id, kind = "task", title = "Nouvelle tâche : rappeler Mme Blanc" });

        var managerView = await manager.GetAsync($"/api/v1/notifications/{id}");
        var unread = await (await member.GetAsync("/api/v1/notifications?unread=true")).ReadJsonAsync();
        var read = await member.PostAsync($"/api/v1/notifications/{id}/read", null);
        var unreadAfter = await (await member.GetAsync("/api/v1/notifications?unread=true")).ReadJsonAsync();
        var deleted = await member.DeleteAsync($"/api/v1/notifications/{id}");

        Assert.Equal(HttpStatusCode.NotFound, managerView.StatusCode);
        Assert.Equal(1, unread["total"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.NoContent, read.StatusCode);
        Assert.Equal(0, unreadAfter["total"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
    }

    [Theory]
    [InlineData("javascript:alert(document.cookie)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=")]
    [InlineData("http://example.com/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData(" /tasks")]
    public async Task CreateNotification_UnsafeLink_Is400(string link)
    {
        var team = await factory.CreateTeamAsync();

        var response = await factory.ClientFor(team.Manager).PostJsonAsync("/api/v1/notifications", new { user_id = team.Member.Id, kind = "task", title = "Lien", link });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.ReadJsonAsync())["errors"]!["link"]);
    }

    [Theory]
    [InlineData("/tasks/42")]
    [InlineData("/")]
    [InlineData("https://crm.example.fr/dashboard/ai/intelligence")]
    public async Task CreateNotification_PathOrHttpsLink_IsStored(string link)
    {
        var team = await factory.CreateTeamAsync();

        var response = await factory.ClientFor(team.Manager).PostJsonAsync("/api/v1/notifications", new { user_id = team.Member.Id, kind = "task", title = "Lien", link });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(link, (await response.ReadJsonAsync())["link"]!.GetValue<string>());
    }
}
