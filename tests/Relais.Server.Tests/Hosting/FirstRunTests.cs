using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relais.Demo;
using Relais.Server.Hosting;
using Relais.Server.Tests.Infrastructure;

namespace Relais.Server.Tests.Hosting;

/// <summary>The server alone (Relais.Server's Program), first-run seeding on: no seeder is registered.</summary>
public sealed class BareFirstRunFactory : RelaisFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Relais:SeedDemoOnFirstRun"] = "true" };
}

/// <summary>The server as <c>relais serve</c> composes it: the demo registered, first-run seeding on.</summary>
public sealed class DemoFirstRunFactory : RelaisFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Relais:SeedDemoOnFirstRun"] = "true" };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddDemo());
    }
}

public sealed class BareFirstRunTests(BareFirstRunFactory factory) : IClassFixture<BareFirstRunFactory>
{
    [Fact]
    public async Task Start_NoFirstRunSeeder_CreatesNoTeam()
    {
        await using var db = factory.Database.CreateContext();

        Assert.Equal(0, await db.Teams.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await db.Users.CountAsync(TestContext.Current.CancellationToken));
    }
}

public sealed class DemoFirstRunTests(DemoFirstRunFactory factory) : IClassFixture<DemoFirstRunFactory>
{
    [Theory]
    [InlineData("admin@demo.relais", "relais-demo")]
    [InlineData("camille.bertrand@relais-demo.fr", "relais-demo-manager")]
    [InlineData("thomas.lefevre@relais-demo.fr", "relais-demo-member")]
    public async Task Start_DemoRegistered_SeedsTheDemoTeamWhoseUsersLogIn(string email, string password)
    {
        await using var db = factory.Database.CreateContext();
        var team = await db.Teams.SingleAsync(TestContext.Current.CancellationToken);

        var response = await factory.CreateClient().LoginAsync(email, password);

        Assert.Equal("Démo", team.Name);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task LoginLines_DemoSeeded_ListsTheThreeLoginsEachMarkedDemoOnly()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var seeder = scope.ServiceProvider.GetRequiredService<IFirstRunSeeder>();

        var lines = await seeder.LoginLinesAsync(TestContext.Current.CancellationToken);

        Assert.Equal(
        [
            "Demo admin login (demo only, do not use in production): admin@demo.relais / relais-demo",
            "Demo manager login (demo only, do not use in production): camille.bertrand@relais-demo.fr / relais-demo-manager",
            "Demo member login (demo only, do not use in production): thomas.lefevre@relais-demo.fr / relais-demo-member",
        ], lines);
    }
}
