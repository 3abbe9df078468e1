using System.Net;
using System.Text.Json.Nodes;
using Relais.Server.Tests.Infrastructure;

namespace Relais.Server.Tests.Features.Quality;

public sealed class QualityEndpointsTests(RelaisFactory factory) : IClassFixture<RelaisFactory>
{
    [Fact]
    public async Task Person_CompleteRecord_Scores100WithBreakdownAndValidity()
    {
        var team = await factory.CreateTeamAsync();
        var seed = new CrmSeed(factory, team.Id);
        var acme = await seed.OrganisationAsync("Acme Gestion", domain: "acme-gestion.fr");
        var claire = await seed.PersonAsync("Claire", "Martin", "Claire.Martin@Acme-Gestion.fr", phone: "01 42 68 53 00", mobile: "06 12 34 56 78",
            job: "Directrice financière", linkedin: "linkedin.com/in/claire-martin", country: "FR", organisations: [acme]);
        using var client = factory.ClientFor(team.Member);

        var report = await (await client.GetAsync($"/api/v1/quality/people/{claire}")).ReadJsonAsync();

        Assert.Equal((100, "A", 0), (report["score"]!.GetValue<int>(), report["tier"]!.GetValue<string>(), report["duplicate_penalty"]!.GetValue<int>()));
        Assert.Equal("Claire Martin", report["label"]!.GetValue<string>());
        Assert.Equal(
            ["first_name:10:10:present", "last_name:15:15:present", "email:25:25:valid", "phone:15:15:valid", "job_title:10:10:present",
             "organisation:15:15:present", "linkedin:5:5:valid", "country:5:5:present"],
            report["criteria"]!.AsArray().Select(c => $"{c!["code"]}:{c["weight"]}:{c["earned"]}:{c["status"]}"));
        Assert.Equal(
            ["email:valid:claire.martin@acme-gestion.fr", "phone:valid:+33142685300", "mobile:valid:+33612345678", "linkedin:valid:https://linkedin.com/in/claire-martin"],
            report["validity"]!.AsArray().Select(v => $"{v!["field"]}:{v["status"]}:{v["normalized"]}"));
        Assert.Empty(report["duplicates"]!.AsArray());
        Assert.Empty(report["recommendations"]!.AsArray());
    }

    [Fact]
    public async Task Person_TeamRegionUs_ReadsNationalNumbersAsAmerican()
    {
        var team = await factory.CreateTeamAsync();
        await using (var db = factory.Database.CreateContext())
        {
            (await db.Teams.FindAsync(team.Id))!.DefaultPhoneRegion = "US";
            await db.SaveChangesAsync();
        }

        var seed = new CrmSeed(factory, team.Id);
        var person = await seed.PersonAsync("Ann", "Lee", "ann.lee@globex.com", phone: "(650) 253-0000", mobile: "01 42 68 53 00");
        using var client = factory.ClientFor(team.Member);

        var report = await (await client.GetAsync($"/api/v1/quality/people/{person}")).ReadJsonAsync();

        Assert.Equal(
            ["email:valid", "phone:valid", "mobile:invalid_for_region", "linkedin:missing"],
            report["validity"]!.AsArray().Select(v => $"{v!["field"]}:{v["status"]}"));
        Assert.Equal("+16502530000", report["validity"]![1]!["normalized"]!.GetValue<string>());
        Assert.Contains("invalid_mobile", Codes(report));
    }

    [Fact]
    public async Task Person_EachKindOfDuplicate_FoundWithItsReasonAndPenalised()
    {
        var team = await factory.CreateTeamAsync();
        var other = await factory.CreateTeamAsync();
        var seed = new CrmSeed(factory, team.Id);
        var acme = await seed.OrganisationAsync("Acme Gestion", domain: "acme-gestion.fr");
        var globex = await seed.OrganisationAsync("Globex", domain: "globex.fr");
        var claire = await seed.PersonAsync("Claire", "Martin", "claire.martin@acme-gestion.fr", phone: "01 42 68 53 00", job: "DAF",
            linkedin: "https://www.linkedin.com/in/cmartin", country: "FR", organisations: [acme]);
        var sameEmail = await seed.PersonAsync("C.", "Martin", " Claire.Martin@ACME-gestion.fr");
        var samePhone = await seed.PersonAsync("Standard", "Acme", null, mobile: "+33 1 42 68 53 00");
        var sameName = await seed.PersonAsync("CLAIRE ", "Martín", null, organisations: [acme]);
        await seed.PersonAsync("Claire", "Martin", "claire@globex.fr", organisations: [globex]);
        await seed.PersonAsync("Paul", "Roux", null, phone: "01 42 68 53 01");
        await new CrmSeed(factory, other.Id).PersonAsync("Claire", "Martin", "claire.martin@acme-gestion.fr", phone: "01 42 68 53 00");
        using var client = factory.ClientFor(team.Member);

        var report = await (await client.GetAsync($"/api/v1/quality/people/{claire}")).ReadJsonAsync();

        Assert.Equal(
            new[] { $"{sameEmail}:same_email", $"{samePhone}:same_phone", $"{sameName}:same_name_and_organisation" }.Order(),
            report["duplicates"]!.AsArray().Select(d => $"{d!["id"]}:{string.Join(',', d["reasons"]!.AsArray().Select(r => r!.GetValue<string>()))}").Order());
        // 100 complete, less 10 for each of the three kinds of duplicate.
        Assert.Equal((70, "B", 30), (report["score"]!.GetValue<int>(), report["tier"]!.GetValue<string>(), report["duplicate_penalty"]!.GetValue<int>()));
        Assert.Equal(3, Codes(report).Count(c => c == "possible_duplicate"));
    }

    [Fact]
    public async Task Organisation_SameNormalisedNameAndSameDomain_AreDuplicates()
    {
        var team = await factory.CreateTeamAsync();
        var seed = new CrmSeed(factory, team.Id);
        var acme = await seed.OrganisationAsync("Acme Gestion", domain: "acme-gestion.fr", website: "https://www.acme-gestion.fr", phone: "+33 1 42 68 53 00",
            address: "12 rue de la Paix", city: "Paris", postcode: "75002", country: "FR", type: "client");
        var sameName = await seed.OrganisationAsync("ACME GESTION S.A.S.");
        var sameDomain = await seed.OrganisationAsync("Groupe Acme", domain: "WWW.Acme-Gestion.fr");
        await seed.OrganisationAsync("Acme", domain: "acme.fr");
        await seed.PersonAsync("Claire", "Martin", null, organisations: [acme]);
        using var client = factory.ClientFor(team.Member);

        var report = await (await client.GetAsync($"/api/v1/quality/organisations/{acme}")).ReadJsonAsync();

        Assert.Equal(
            new[] { $"{sameName}:same_name", $"{sameDomain}:same_domain" }.Order(),
            report["duplicates"]!.AsArray().Select(d => $"{d!["id"]}:{string.Join(',', d["reasons"]!.AsArray().Select(r => r!.GetValue<string>()))}").Order());
        Assert.Equal((80, "B"), (report["score"]!.GetValue<int>(), report["tier"]!.GetValue<string>()));
        Assert.Equal(["domain:valid:acme-gestion.fr", "website:valid:https://www.acme-gestion.fr/", "phone:valid:+33142685300"],
            report["validity"]!.AsArray().Select(v => $"{v!["field"]}:{v["status"]}:{v["normalized"]}"));
    }

    [Fact]
    public async Task Organisation_Poor_RecommendsEachFix()
    {
        var team = await factory.CreateTeamAsync();
        var seed = new CrmSeed(factory, team.Id);
        var shop = await seed.OrganisationAsync("Boulangerie Lenoir", domain: "lenoir.test", website: "htp//lenoir", phone: "01 23");
        using var client = factory.ClientFor(team.Member);

        var report = await (await client.GetAsync($"/api/v1/quality/organisations/{shop}")).ReadJsonAsync();

        // name 20 + domain 10 + website 10 + phone 10.
        Assert.Equal((50, "C"), (report["score"]!.GetValue<int>(), report["tier"]!.GetValue<string>()));
        Assert.Equal(
            ["invalid_domain", "invalid_website", "invalid_phone", "add_address", "add_city", "add_postcode", "add_country", "add_type", "link_people"],
            Codes(report));
    }

    [Fact]
    public async Task Reports_IdOfAnotherTeam_Return404ProblemDetails()
    {
        var team = await factory.CreateTeamAsync();
        var other = await factory.CreateTeamAsync();
        var seed = new CrmSeed(factory, other.Id);
        var person = await seed.PersonAsync("Bernard", "Bravo", "b@bravo.fr");
        var organisation = await seed.OrganisationAsync("Banque Bravo");
        using var client = factory.ClientFor(team.Admin);

        foreach (var url in new[] { $"/api/v1/quality/people/{person}", $"/api/v1/quality/organisations/{organisation}" })
        {
            var response = await client.GetAsync(url);

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var body = await response.ReadJsonAsync();
            Assert.Equal(404, body["status"]!.GetValue<int>());
            Assert.DoesNotContain("Bravo", body.ToJsonString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Team_HandBuiltRecords_DistributionAverageWorstAndDuplicateGroups()
    {
        var team = await factory.CreateTeamAsync();
        var seed = new CrmSeed(factory, team.Id);
        var acme = await seed.OrganisationAsync("Acme Gestion", domain: "acme-gestion.fr");
        // 100, A.
        await seed.PersonAsync("Claire", "Martin", "claire.martin@acme-gestion.fr", phone: "01 42 68 53 00", job: "DAF",
            linkedin: "https://www.linkedin.com/in/cmartin", country: "FR", organisations: [acme]);
        // 100 - 15 (no organisation) - 5 (no country) = 80, B.
        await seed.PersonAsync("Luc", "Petit", "luc.petit@petit-conseil.fr", phone: "06 12 34 56 78", job: "Gérant", linkedin: "linkedin.com/in/lpetit");
        // 10 + 15 + 15 (bad domain) + 10 = 50, C.
        await seed.PersonAsync("Jean", "Dupont", "jean.dupont@gmial.com", job: "Comptable");
        // 15, D.
        var poorest = await seed.PersonAsync(null, "Lenoir", null);
        // 10 + 15 + 25 = 50 each, less 10 for the shared address: 40, D.
        var roux1 = await seed.PersonAsync("Paul", "Roux", "paul.roux@cabinet-roux.fr");
        var roux2 = await seed.PersonAsync("Pierre", "Roux", "Paul.Roux@Cabinet-Roux.fr");
        using var client = factory.ClientFor(team.Member);

        var response = await client.GetAsync("/api/v1/quality/team?worst=3");
        var summary = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var people = summary["people"]!;
        Assert.Equal(6, people["total"]!.GetValue<int>());
        Assert.Equal("{\"a\":1,\"b\":1,\"c\":1,\"d\":3}", people["tiers"]!.ToJsonString());
        Assert.Equal(54.2, people["average_score"]!.GetValue<double>()); // 325 / 6
        Assert.Equal(
            new[] { $"{poorest}:15:D" }.Concat(new[] { roux1, roux2 }.Order().Select(id => $"{id}:40:D")),
            people["worst"]!.AsArray().Select(w => $"{w!["id"]}:{w["score"]}:{w["tier"]}"));
        Assert.Equal(1, people["duplicate_group_count"]!.GetValue<int>());
        var group = people["duplicate_groups"]![0]!;
        Assert.Equal("same_email", group["reason"]!.GetValue<string>());
        Assert.Equal(new[] { roux1, roux2 }.Order(), group["ids"]!.AsArray().Select(i => i!.GetValue<Guid>()));

        // The one organisation: name 20 + domain 15 + people 5 = 40.
        var organisations = summary["organisations"]!;
        Assert.Equal((1, 40.0), (organisations["total"]!.GetValue<int>(), organisations["average_score"]!.GetValue<double>()));
        Assert.Equal("{\"a\":0,\"b\":0,\"c\":0,\"d\":1}", organisations["tiers"]!.ToJsonString());
        Assert.Equal(0, organisations["duplicate_group_count"]!.GetValue<int>());
    }

    [Fact]
    public async Task Team_EveryDuplicateKind_GroupedAndAgreesWithTheRecordReport()
    {
        var team = await factory.CreateTeamAsync();
        var seed = new CrmSeed(factory, team.Id);
        var acme = await seed.OrganisationAsync("Acme Gestion", domain: "acme-gestion.fr");
        var acmeSas = await seed.OrganisationAsync("ACME Gestion SAS");
        var claire = await seed.PersonAsync("Claire", "Martin", "claire.martin@acme-gestion.fr", phone: "01 42 68 53 00", organisations: [acme]);
        var byEmail = await seed.PersonAsync("C", "M", "CLAIRE.MARTIN@acme-gestion.fr");
        var byPhone = await seed.PersonAsync("Accueil", "Acme", null, mobile: "+33142685300");
        var byName = await seed.PersonAsync("Clàire", "MARTIN", null, organisations: [acme]);
        using var client = factory.ClientFor(team.Member);

        var people = (await (await client.GetAsync("/api/v1/quality/team")).ReadJsonAsync())["people"]!;
        var organisations = (await (await client.GetAsync("/api/v1/quality/team")).ReadJsonAsync())["organisations"]!;
        var claireReport = await (await client.GetAsync($"/api/v1/quality/people/{claire}")).ReadJsonAsync();

        Assert.Equal(
            new[] { $"same_email:{Pair(claire, byEmail)}", $"same_phone:{Pair(claire, byPhone)}", $"same_name_and_organisation:{Pair(claire, byName)}" }.Order(),
            people["duplicate_groups"]!.AsArray().Select(g => $"{g!["reason"]}:{string.Join(',', g["ids"]!.AsArray().Select(i => i!.GetValue<Guid>()))}").Order());
        Assert.Equal(
            $"same_name:{Pair(acme, acmeSas)}",
            string.Join(';', organisations["duplicate_groups"]!.AsArray().Select(g => $"{g!["reason"]}:{string.Join(',', g["ids"]!.AsArray().Select(i => i!.GetValue<Guid>()))}")));
        var claireInTeam = people["worst"]!.AsArray().Single(w => w!["id"]!.GetValue<Guid>() == claire)!;
        Assert.Equal(claireReport["score"]!.GetValue<int>(), claireInTeam["score"]!.GetValue<int>());
        // first 10 + last 15 + email 25 + phone 15 + organisation 15 = 80, less 3 × 10.
        Assert.Equal(50, claireInTeam["score"]!.GetValue<int>());
    }

    [Fact]
    public async Task Team_AnotherTeamsRecords_NeitherCountNorMakeDuplicates()
    {
        var team = await factory.CreateTeamAsync();
        var other = await factory.CreateTeamAsync();
        var theirs = new CrmSeed(factory, other.Id);
        var acme = await theirs.OrganisationAsync("Acme Gestion", domain: "acme-gestion.fr");
        await theirs.PersonAsync("Claire", "Martin", "claire.martin@acme-gestion.fr", organisations: [acme]);
        var mine = await new CrmSeed(factory, team.Id).PersonAsync("Claire", "Martin", "claire.martin@acme-gestion.fr");

        var people = (await (await factory.ClientFor(team.Member).GetAsync("/api/v1/quality/team")).ReadJsonAsync())["people"]!;

        Assert.Equal(1, people["total"]!.GetValue<int>());
        Assert.Equal(0, people["duplicate_group_count"]!.GetValue<int>());
        Assert.Equal(mine, people["worst"]![0]!["id"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task Team_NoRecords_ZeroesEverywhere()
    {
        var team = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Member);

        var summary = await (await client.GetAsync("/api/v1/quality/team")).ReadJsonAsync();

        Assert.Equal(0, summary["people"]!["total"]!.GetValue<int>());
        Assert.Equal(0.0, summary["organisations"]!["average_score"]!.GetValue<double>());
        Assert.Empty(summary["people"]!["worst"]!.AsArray());
    }

    [Theory]
    [InlineData("worst=0")]
    [InlineData("worst=201")]
    [InlineData("groups=0")]
    public async Task Team_LimitsOutOfRange_Return400(string query)
    {
        var team = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Member);

        var response = await client.GetAsync($"/api/v1/quality/team?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static string Pair(Guid a, Guid b) => string.Join(',', new[] { a, b }.Order());

    private static List<string> Codes(JsonNode report) => [.. report["recommendations"]!.AsArray().Select(r => r!["code"]!.GetValue<string>())];
}
