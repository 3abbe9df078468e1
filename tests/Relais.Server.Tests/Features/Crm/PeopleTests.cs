using System.Net;
using Relais.Data.Model;
using Relais.Server.Tests.Infrastructure;

namespace Relais.Server.Tests.Features.Crm;

public sealed class PeopleTests(RelaisFactory factory) : IClassFixture<RelaisFactory>
{
    [Fact]
    public async Task Create_ThenGet_ReturnsSnakeCaseFieldsNormalised()
    {
        var team = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Manager);
        var now = factory.Time.GetUtcNow();

        var id = await client.CreateAsync("/api/v1/people", new
        {
            first_name = " Jean ",
            last_name = "Dupont",
            email = "Jean.Dupont@Acme-Gestion.fr",
            phone = "+33 1 23 45 67 89",
            job_title = "Directeur commercial",
            country = "fr",
            consent_email = true,
        });
        var person = await (await client.GetAsync($"/api/v1/people/{id}")).ReadJsonAsync();

        Assert.Equal("Jean", person["first_name"]!.GetValue<string>());
        Assert.Equal("jean.dupont@acme-gestion.fr", person["email"]!.GetValue<string>());
        Assert.Equal("FR", person["country"]!.GetValue<string>());
        Assert.True(person["consent_email"]!.GetValue<bool>());
        Assert.Equal(now, person["created_at"]!.GetValue<DateTimeOffset>());
        Assert.Empty(person["organisations"]!.AsArray());
    }

    [Fact]
    public async Task Update_UserChangesFields_RecordsUserProvenance()
    {
        var team = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Manager);
        var id = await client.CreateAsync("/api/v1/people", new { last_name = "Moreau" });
        factory.Time.Advance(TimeSpan.FromMinutes(5));
        var now = factory.Time.GetUtcNow();

        var response = await client.PutJsonAsync($"/api/v1/people/{id}", new { last_name = "Moreau", job_title = "Gérante" });
        await using var db = factory.Database.CreateContext();
        var provenance = db.FieldProvenance.Where(p => p.EntityId == id).OrderBy(p => p.SetAt).ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(now, (await response.ReadJsonAsync())["updated_at"]!.GetValue<DateTimeOffset>());
        Assert.Equal(["last_name", "job_title"], provenance.Select(p => p.Field));
        Assert.All(provenance, p => Assert.Equal(ProvenanceSource.User, p.Source));
        Assert.All(provenance, p => Assert.Equal(team.Manager.Id, p.UserId));
        Assert.Equal("Gérante", provenance[1].Value);
    }

    [Fact]
    public async Task List_SearchSortAndPage_ReturnsThePageAndTheTotal()
    {
        var team = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Manager);
        foreach (var (first, last) in new[] { ("Anne", "Lambert"), ("Bruno", "Lamy"), ("Chloé", "Lambert-Roy"), ("David", "Petit") })
        {
            await client.CreateAsync("/api/v1/people", new { first_name = first, last_name = last });
        }

        var page1 = await (await client.GetAsync("/api/v1/people?q=LAM&sort=-first_name&page_size=2")).ReadJsonAsync();
        var page2 = await (await client.GetAsync("/api/v1/people?q=lam&sort=-first_name&page_size=2&page=2")).ReadJsonAsync();

        Assert.Equal(3, page1["total"]!.GetValue<int>());
        Assert.Equal(1, page1["page"]!.GetValue<int>());
        Assert.Equal(2, page1["page_size"]!.GetValue<int>());
        Assert.Equal(["Chloé", "Bruno"], page1["items"]!.AsArray().Select(p => p!["first_name"]!.GetValue<string>()));
        Assert.Equal(["Anne"], page2["items"]!.AsArray().Select(p => p!["first_name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task List_SearchWithLikeWildcards_MatchesThemLiterally()
    {
        var team = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Manager);
        await client.CreateAsync("/api/v1/people", new { last_name = "Rousseau" });
        await client.CreateAsync("/api/v1/people", new { last_name = "100%_Fiable" });

        var page = await (await client.GetAsync("/api/v1/people?q=%25_")).ReadJsonAsync();

        Assert.Equal(["100%_Fiable"], page["items"]!.AsArray().Select(p => p!["last_name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task List_SortByCreatedAt_IsChronological()
    {
        var team = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Manager);
        foreach (var name in new[] { "Premier", "Deuxième", "Troisième" })
        {
            await client.CreateAsync("/api/v1/people", new { last_name = name });
            factory.Time.Advance(TimeSpan.FromSeconds(1));
        }

        var page = await (await client.GetAsync("/api/v1/people?sort=-created_at")).ReadJsonAsync();

        Assert.Equal(["Troisième", "Deuxième", "Premier"], page["items"]!.AsArray().Select(p => p!["last_name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Delete_Person_RemovesItAndItsLinksButKeepsTasks()
    {
        var team = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Manager);
        var person = await client.CreateAsync("/api/v1/people", new { last_name = "Girard" });
        var organisation = await client.CreateAsync("/api/v1/organisations", new { name = "Girard & Fils" });
        await client.PostJsonAsync($"/api/v1/organisations/{organisation}/people", new { person_id = person });
        var task = await client.CreateAsync("/api/v1/tasks", new { title = "Rappeler M. Girard", person_id = person });

        var deleted = await client.DeleteAsync($"/api/v1/people/{person}");
        var again = await client.GetAsync($"/api/v1/people/{person}");
        var orphan = await (await client.GetAsync($"/api/v1/tasks/{task}")).ReadJsonAsync();
        var org = await (await client.GetAsync($"/api/v1/organisations/{organisation}")).ReadJsonAsync();

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Null(orphan["person_id"]);
        Assert.Empty(org["people"]!.AsArray());
    }
}
