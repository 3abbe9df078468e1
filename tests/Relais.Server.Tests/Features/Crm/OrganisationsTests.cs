using System.Net;
using Relais.Server.Tests.Infrastructure;

namespace Relais.Server.Tests.Features.Crm;

public sealed class OrganisationsTests(RelaisFactory factory) : IClassFixture<RelaisFactory>
{
    [Fact]
    public async Task Create_Organisation_StoresItsNormalisedName()
    {
        var team = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Manager);

        var id = await client.CreateAsync("/api/v1/organisations", new { name = "Société Générale Gestion S.A.", domain = "SGG.fr", city = "Paris" });
        await using var db = factory.Database.CreateContext();

        Assert.Equal("societe generale gestion", (await db.Organisations.FindAsync(id))!.NormalizedName);
        Assert.Equal("sgg.fr", (await db.Organisations.FindAsync(id))!.Domain);
    }

    [Fact]
    public async Task Links_LinkUpdateUnlink_ShowOnBothSides()
    {
        var team = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Manager);
        var person = await client.CreateAsync("/api/v1/people", new { first_name = "Hélène", last_name = "Fabre" });
        var first = await client.CreateAsync("/api/v1/organisations", new { name = "Amundi" });
        var second = await client.CreateAsync("/api/v1/organisations", new { name = "Rothschild & Co" });

        var linked = await client.PostJsonAsync($"/api/v1/organisations/{first}/people", new { person_id = person, job_title = "Gérante", is_primary = true });
        var duplicate = await client.PostJsonAsync($"/api/v1/organisations/{first}/people", new { person_id = person });
        await client.PostJsonAsync($"/api/v1/organisations/{second}/people", new { person_id = person, role = "Administratrice", is_primary = true });
        var personView = await (await client.GetAsync($"/api/v1/people/{person}")).ReadJsonAsync();
        var updated = await client.PutJsonAsync($"/api/v1/organisations/{first}/people/{person}", new { job_title = "Directrice", is_primary = true });
        var unlinked = await client.DeleteAsync($"/api/v1/organisations/{second}/people/{person}");
        var orgView = await (await client.GetAsync($"/api/v1/organisations/{first}")).ReadJsonAsync();

        Assert.Equal(HttpStatusCode.Created, linked.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal(["Rothschild & Co", "Amundi"], personView["organisations"]!.AsArray().Select(o => o!["name"]!.GetValue<string>()));
        Assert.Equal([true, false], personView["organisations"]!.AsArray().Select(o => o!["is_primary"]!.GetValue<bool>()));
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, unlinked.StatusCode);
        var link = Assert.Single(orgView["people"]!.AsArray());
        Assert.Equal("Directrice", link!["job_title"]!.GetValue<string>());
        Assert.True(link["is_primary"]!.GetValue<bool>());
        Assert.Equal("Fabre", link["last_name"]!.GetValue<string>());
    }

    [Fact]
    public async Task List_SearchByCity_FindsCaseInsensitively()
    {
        var team = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Manager);
        await client.CreateAsync("/api/v1/organisations", new { name = "Lyon Gestion", city = "Lyon" });
        await client.CreateAsync("/api/v1/organisations", new { name = "Bordeaux Patrimoine", city = "Bordeaux" });

        var page = await (await client.GetAsync("/api/v1/organisations?q=LYON")).ReadJsonAsync();

        Assert.Equal(["Lyon Gestion"], page["items"]!.AsArray().Select(o => o!["name"]!.GetValue<string>()));
    }
}
