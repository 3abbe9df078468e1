using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Relais.Data.Model;
using Relais.Server.Features.Tokens;

namespace Relais.Cli.Tests;

public sealed class CommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task MigrateUpThenDown_FreshDataDir_AppliesAndRollsBackEverything()
    {
        var up = await _cli.RunAsync("migrate", "up");
        var again = await _cli.RunAsync("migrate", "up");
        var down = await _cli.RunAsync("migrate", "down", "--to", "0");

        Assert.Equal(0, up.ExitCode);
        Assert.Matches(@"^Applied \d{14}_Initial\r?\nApplied \d{14}_Autofill\r?\nApplied \d{14}_Routing\r?\nApplied \d{14}_Metrics\s*$", up.Output);
        Assert.Equal("The database is up to date.", again.Output.Trim());
        Assert.Equal(0, down.ExitCode);
        Assert.Matches(@"^Rolled back \d{14}_Metrics\r?\nRolled back \d{14}_Routing\r?\nRolled back \d{14}_Autofill\r?\nRolled back \d{14}_Initial\s*$", down.Output);
        Assert.True(File.Exists(Path.Combine(_cli.DataDir, "relais.db")));
    }

    [Fact]
    public async Task MigrateDown_UnknownTarget_FailsWithOneLineOnStderr()
    {
        await _cli.RunAsync("migrate", "up");

        var result = await _cli.RunAsync("migrate", "down", "--to", "NoSuchMigration");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("relais migrate down: No migration named 'NoSuchMigration'.", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    [Fact]
    public async Task UserCreate_NewTeam_CreatesTeamAndAdminWithHashedPassword()
    {
        var result = await _cli.RunAsync("user", "create", "--team", "Gestion Privée", "--email", "Direction@GP.test", "--name", "Anne Direction", "--role", "admin", "--password", "un mot de passe sûr");

        await using var db = _cli.OpenDatabase();
        var user = await db.Users.SingleAsync();
        var team = await db.Teams.SingleAsync();

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("(new team)", result.Output, StringComparison.Ordinal);
        Assert.Equal("Gestion Privée", team.Name);
        Assert.Equal("direction@gp.test", user.Email);
        Assert.Equal(Role.Admin, user.Role);
        Assert.Equal(team.Id, user.TeamId);
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<User>().VerifyHashedPassword(user, user.PasswordHash, "un mot de passe sûr"));
    }

    [Theory]
    [InlineData("court", "at least 10 characters")]
    [InlineData("", "--password or --password-stdin")]
    public async Task UserCreate_BadPassword_FailsWithoutCreatingAnything(string password, string message)
    {
        var result = await _cli.RunAsync("user", "create", "--team", "Acme", "--email", "a@acme.test", "--password", password);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokenCreate_ExistingTeam_PrintsTheSecretOnceAndStoresItsHash()
    {
        await _cli.RunAsync("user", "create", "--team", "Acme", "--email", "admin@acme.test", "--role", "admin", "--password", "0123456789ab");

        var result = await _cli.RunAsync("token", "create", "--team", "Acme", "--name", "cron", "--role", "admin", "--expires", "365d");
        var secret = result.Output.Trim();
        await using var db = _cli.OpenDatabase();
        var token = await db.ApiTokens.SingleAsync();

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("rls_", secret, StringComparison.Ordinal);
        Assert.Equal(ApiTokens.Hash(secret), token.TokenHash);
        Assert.Equal(Role.Admin, token.Role);
        Assert.Equal(TimeSpan.FromDays(365), token.ExpiresAt - token.CreatedAt);
        Assert.Contains("not shown again", result.Error, StringComparison.Ordinal);
        Assert.Equal("api_token.created", (await db.AuditLog.SingleAsync(a => a.EntityId == token.Id)).Action);
    }

    [Theory]
    [InlineData("--team", "Inconnue", "no team named 'Inconnue'")]
    [InlineData("--expires", "1y", "--expires '1y'")]
    public async Task TokenCreate_BadArguments_Fails(string option, string value, string message)
    {
        await _cli.RunAsync("user", "create", "--team", "Acme", "--email", "admin@acme.test", "--password", "0123456789ab");
        string[] args = ["token", "create", "--team", "Acme", "--name", "cron"];
        var index = Array.IndexOf(args, option);
        args = index >= 0 ? [.. args.Take(index + 1), value, .. args.Skip(index + 2)] : [.. args, option, value];

        var result = await _cli.RunAsync(args);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task SeedDemo_TwoRuns_CreatesTheDemoTeamOnce()
    {
        var first = await _cli.RunAsync("seed", "--demo");
        var second = await _cli.RunAsync("seed", "--demo");
        await using var db = _cli.OpenDatabase();

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Created team \"Démo\"", first.Output, StringComparison.Ordinal);
        Assert.Contains("already exists", second.Output, StringComparison.Ordinal);
        Assert.Equal("Démo", (await db.Teams.SingleAsync()).Name);
        Assert.Equal("admin@demo.relais", (await db.Users.SingleAsync(u => u.Role == Role.Admin)).Email);
        Assert.Contains("Demo admin login (demo only, do not use in production): admin@demo.relais / relais-demo", first.Output, StringComparison.Ordinal);
        Assert.Contains("Demo manager login (demo only, do not use in production): camille.bertrand@relais-demo.fr / relais-demo-manager", first.Output, StringComparison.Ordinal);
        Assert.Contains("Demo member login (demo only, do not use in production): thomas.lefevre@relais-demo.fr / relais-demo-member", first.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seed_WithoutDemo_Fails()
    {
        var result = await _cli.RunAsync("seed");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("relais seed: nothing to seed: pass --demo.", result.Error.Trim());
    }

    [Fact]
    public async Task Migrate_UnreachablePostgres_FailsWithDatabaseError()
    {
        var result = await _cli.RunAsync("migrate", "up", "--database", "Host=127.0.0.1;Port=1;Database=relais;Timeout=2");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("relais migrate up: database error:", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", result.Error, StringComparison.Ordinal);
    }
}
