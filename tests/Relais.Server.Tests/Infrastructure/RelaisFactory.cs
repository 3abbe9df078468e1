using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Relais.Data.Model;
using Relais.Server.Features.Auth;
using Relais.Testing;

namespace Relais.Server.Tests.Infrastructure;

/// <summary>
/// The real server over a throwaway database (SQLite in memory, or PostgreSQL when
/// RELAIS_TEST_DB=postgres), a fake clock, and a log collector behind the redactor. One per test class.
/// </summary>
public class RelaisFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2025, 6, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly string _dataDir = Directory.CreateTempSubdirectory("relais-test-").FullName;
    private TestDatabase? _database;

    private FakeTimeProvider? _time;

    /// <summary>The test clock, started at <see cref="StartAt"/>.</summary>
    public FakeTimeProvider Time => _time ??= new FakeTimeProvider(StartAt);

    /// <summary>When the test clock starts: <see cref="Start"/>, unless a fixture needs another day.</summary>
    protected virtual DateTimeOffset StartAt => Start;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("The factory is not initialised.");

    public FakeLogCollector Logs => Services.GetFakeLogCollector();

    /// <summary>Settings a test class changes (rate limits, migrate on start…), as configuration keys.</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _ = Server;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        Directory.Delete(_dataDir, recursive: true);
        GC.SuppressFinalize(this);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Relais:DataDir"] = _dataDir,
            ["Relais:MigrateOnStart"] = "true",
            ["Relais:SeedDemoOnFirstRun"] = "false",
            ["Relais:Auth:LoginPermitsPerIp"] = "1000",
            ["Relais:Auth:LoginPermitsPerAccount"] = "1000",

            // Tests sync mailboxes themselves; the periodic job is driven by calling its tick.
            ["Relais:MailSync:Enabled"] = "false",
            // Jobs start when a test says so; the scheduler test calls its tick itself.
            ["Relais:Autofill:ScheduleEnabled"] = "false",
            // The KPI alert job is driven by calling its tick.
            ["Relais:Metrics:AlertsEnabled"] = "false",
        };
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }

        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(settings));
        builder.ConfigureLogging(logging => logging.AddFakeLogging());
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(Database.Settings);
            services.AddSingleton<TimeProvider>(Time);
        });
    }

    /// <summary>A new team with an admin, a manager and a member, written directly to the database.</summary>
    public async Task<TestTeam> CreateTeamAsync(string prefix = "Team")
    {
        await using var db = Database.CreateContext();
        var team = new Team { Name = $"{prefix} {Guid.NewGuid():N}", CreatedAt = Time.GetUtcNow() };
        db.Teams.Add(team);
        User NewUser(Role role) => new()
        {
            TeamId = team.Id,
            Email = $"{role.ToString().ToLowerInvariant()}.{team.Id:N}@example.test",
            FullName = $"{role} of {prefix}",
            Role = role,
            PasswordHash = "not used: tests sign tokens directly",
            CreatedAt = Time.GetUtcNow(),
        };
        var users = new TestTeam(team, NewUser(Role.Admin), NewUser(Role.Manager), NewUser(Role.Member));
        db.Users.AddRange(users.Admin, users.Manager, users.Member);
        await db.SaveChangesAsync();
        return users;
    }

    /// <summary>A client authenticated as <paramref name="user"/> with a freshly signed login token.</summary>
    public HttpClient ClientFor(User user)
    {
        var client = CreateClient();
        var token = Services.GetRequiredService<JwtIssuer>().Issue(user);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return client;
    }
}

public sealed record TestTeam(Team Team, User Admin, User Manager, User Member)
{
    public Guid Id => Team.Id;
}
