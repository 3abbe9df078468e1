using Microsoft.EntityFrameworkCore;
using Relais.Server.Tests.Infrastructure;

namespace Relais.Server.Tests.Features.Audit;

public sealed class AuditTests(RelaisFactory factory) : IClassFixture<RelaisFactory>
{
    [Fact]
    public async Task Writes_ThroughTheApi_AreAuditedWithFieldNamesOnly()
    {
        var team = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Manager);

        var id = await client.CreateAsync("/api/v1/people", new { last_name = "Vidal", email = "louise.vidal@exemple.fr" });
        await client.PutJsonAsync($"/api/v1/people/{id}", new { last_name = "Vidal", email = "l.vidal@exemple.fr", job_title = "Associée" });
        await client.DeleteAsync($"/api/v1/people/{id}");
        await using var db = factory.Database.CreateContext();
        var audit = await db.AuditLog.Where(a => a.TeamId == team.Id && a.EntityId == id).OrderBy(a => a.Action).ToListAsync();

        Assert.Equal(["person.created", "person.deleted", "person.updated"], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal(team.Manager.Id, a.UserId));
        Assert.All(audit, a => Assert.Equal("people", a.EntityType));
        Assert.Equal("""{"fields":["email","job_title"]}""", audit.Single(a => a.Action == "person.updated").Details);
        Assert.DoesNotContain(audit, a => (a.Details ?? string.Empty).Contains("vidal@", StringComparison.Ordinal));
    }
}
