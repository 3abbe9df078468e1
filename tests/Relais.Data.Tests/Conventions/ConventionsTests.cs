using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Relais.Data.Model;
using Relais.Testing;

namespace Relais.Data.Tests.Conventions;

public sealed partial class ConventionsTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        await using var db = _database.CreateContext();
        await db.Database.MigrateAsync();
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public void Model_EveryTableAndColumn_IsSnakeCase()
    {
        using var db = _database.CreateContext();

        var names = db.Model.GetEntityTypes()
            .SelectMany(e => e.GetProperties().Select(p => p.GetColumnName()).Append(e.GetTableName()!))
            .ToList();

        Assert.NotEmpty(names);
        Assert.All(names, name => Assert.Matches(SnakeCase(), name));
    }

    [Fact]
    public void Model_EveryEntityButTeam_CarriesTeamId()
    {
        using var db = _database.CreateContext();

        var withoutTeam = db.Model.GetEntityTypes()
            .Where(e => e.ClrType != typeof(Team) && e.FindProperty(nameof(ITeamOwned.TeamId)) is null)
            .Select(e => e.GetTableName());

        Assert.Empty(withoutTeam);
    }

    [Fact]
    public async Task Enum_SavedTask_IsStoredAsSnakeCaseCode()
    {
        var team = await AddTeamAsync("Enum");
        await using (var db = _database.CreateContext())
        {
            db.Tasks.Add(new TaskItem { TeamId = team.Id, Title = "Rappeler M. Dupont", Status = TaskState.InProgress, Priority = Priority.Urgent });
            await db.SaveChangesAsync();
        }

        await using var read = _database.CreateContext();
        var stored = await read.Database.SqlQueryRaw<string>("SELECT status || '/' || priority AS \"Value\" FROM tasks").SingleAsync();
        var task = await read.Tasks.SingleAsync(t => t.Status == TaskState.InProgress);

        Assert.Equal("in_progress/urgent", stored);
        Assert.Equal(Priority.Urgent, task.Priority);
    }

    [Fact]
    public async Task Timestamps_OrderAndCompare_AreChronologicalAcrossOffsets()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 3, 14, 9, 30, 0, TimeSpan.Zero));
        var team = await AddTeamAsync("Time");
        await using (var db = _database.CreateContext())
        {
            // 11:00 at +02:00 is 09:00 UTC: earlier than 09:30 UTC although its clock time is later.
            db.Interactions.AddRange(
                new Interaction { TeamId = team.Id, Title = "b", OccurredAt = time.GetUtcNow() },
                new Interaction { TeamId = team.Id, Title = "a", OccurredAt = new DateTimeOffset(2025, 3, 14, 11, 0, 0, TimeSpan.FromHours(2)) },
                new Interaction { TeamId = team.Id, Title = "c", OccurredAt = time.GetUtcNow().AddDays(1) });
            await db.SaveChangesAsync();
        }

        await using var read = _database.CreateContext();
        var ordered = await read.Interactions.OrderBy(i => i.OccurredAt).Select(i => i.Title).ToListAsync();
        var cutoff = time.GetUtcNow().AddMinutes(-1);
        var after = await read.Interactions.Where(i => i.OccurredAt > cutoff).OrderByDescending(i => i.OccurredAt).Select(i => i.Title).ToListAsync();
        var first = await read.Interactions.SingleAsync(i => i.Title == "a");

        Assert.Equal(["a", "b", "c"], ordered);
        Assert.Equal(["c", "b"], after);
        Assert.Equal(new DateTimeOffset(2025, 3, 14, 9, 0, 0, TimeSpan.Zero), first.OccurredAt);
    }

    [Fact]
    public async Task TeamFilter_ScopedContext_SeesOnlyItsTeam()
    {
        var a = await AddTeamAsync("Filter A");
        var b = await AddTeamAsync("Filter B");
        await using (var db = _database.CreateContext())
        {
            db.People.AddRange(
                new Person { TeamId = a.Id, LastName = "Martin" },
                new Person { TeamId = b.Id, LastName = "Bernard" });
            await db.SaveChangesAsync();
        }

        await using var scoped = _database.CreateContext(new FixedScope(a.Id));
        await using var anonymous = _database.CreateContext(new FixedScope(Guid.Empty));

        Assert.Equal(["Martin"], await scoped.People.Where(p => p.LastName != null).Select(p => p.LastName!).ToListAsync());
        Assert.Empty(await anonymous.People.ToListAsync());
        Assert.Equal(2, await scoped.People.IgnoreQueryFilters([RelaisDbContext.TeamFilter]).CountAsync(p => p.TeamId == a.Id || p.TeamId == b.Id));
    }

    [Fact]
    public async Task TeamFilter_NoScope_SeesNothingAndWritesNothing()
    {
        var a = await AddTeamAsync("None A");
        await using (var db = _database.CreateContext())
        {
            db.People.Add(new Person { TeamId = a.Id, LastName = "Martin" });
            await db.SaveChangesAsync();
        }

        await using var none = new RelaisDbContext(_database.Settings.CreateContextOptions());
        await using var empty = _database.CreateContext(TeamScope.None);
        none.People.Add(new Person { TeamId = a.Id, LastName = "Intrus" });

        Assert.Empty(await none.People.ToListAsync());
        Assert.Empty(await empty.People.ToListAsync());
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => none.SaveChangesAsync());
        Assert.Contains("outside a team's scope", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamFilter_UnscopedEscape_SeesEveryTeamButNeverWritesATeamlessRow()
    {
        var a = await AddTeamAsync("All A");
        var b = await AddTeamAsync("All B");
        await using var all = _database.CreateContext(TeamScope.Unscoped("test: both teams"));
        all.People.AddRange(new Person { TeamId = a.Id, LastName = "Martin" }, new Person { TeamId = b.Id, LastName = "Bernard" });
        await all.SaveChangesAsync();
        all.People.Add(new Person { LastName = "Orphelin" });

        Assert.Equal(2, await all.People.CountAsync(p => p.TeamId == a.Id || p.TeamId == b.Id));
        await Assert.ThrowsAsync<InvalidOperationException>(() => all.SaveChangesAsync());
    }

    [Fact]
    public async Task SaveChanges_ScopedContextWritingAnotherTeam_Throws()
    {
        var a = await AddTeamAsync("Guard A");
        var b = await AddTeamAsync("Guard B");
        await using var scoped = _database.CreateContext(new FixedScope(a.Id));
        scoped.People.Add(new Person { TeamId = b.Id, LastName = "Intrus" });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => scoped.SaveChangesAsync());

        Assert.Contains("another team", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveChanges_ScopedContextChangingAnotherTeamsRow_Throws()
    {
        var a = await AddTeamAsync("Change A");
        var b = await AddTeamAsync("Change B");
        await using (var db = _database.CreateContext())
        {
            db.People.Add(new Person { TeamId = b.Id, LastName = "Bernard" });
            await db.SaveChangesAsync();
        }

        await using var scoped = _database.CreateContext(new FixedScope(a.Id));
        var stolen = await scoped.People.IgnoreQueryFilters([RelaisDbContext.TeamFilter]).SingleAsync(p => p.TeamId == b.Id);
        stolen.TeamId = a.Id;

        await Assert.ThrowsAsync<InvalidOperationException>(() => scoped.SaveChangesAsync());
        await using var check = _database.CreateContext();
        Assert.Equal(b.Id, (await check.People.SingleAsync(p => p.LastName == "Bernard")).TeamId);
    }

    [Fact]
    public async Task SaveChanges_ScopedContextNewRowWithoutTeam_GetsTheScopeTeam()
    {
        var a = await AddTeamAsync("Assign A");
        await using var scoped = _database.CreateContext(new FixedScope(a.Id));
        var person = new Person { LastName = "Petit" };
        scoped.People.Add(person);

        await scoped.SaveChangesAsync();

        Assert.Equal(a.Id, person.TeamId);
    }

    private async Task<Team> AddTeamAsync(string name)
    {
        await using var db = _database.CreateContext();
        var team = new Team { Name = name };
        db.Teams.Add(team);
        await db.SaveChangesAsync();
        return team;
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex SnakeCase();

    private sealed class FixedScope(Guid teamId) : ITeamScope
    {
        public Guid? TeamId => teamId;
    }
}
