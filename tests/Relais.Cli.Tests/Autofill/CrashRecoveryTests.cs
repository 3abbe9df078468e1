using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Relais.Data;
using Relais.Data.Model;
using Relais.Demo.Mailbox;

namespace Relais.Cli.Tests.Autofill;

/// <summary>
/// <c>relais autofill run</c> as a real child process, killed (SIGKILL) in the middle of its job and
/// started again, ends with the same CRM as a run that was never interrupted.
/// </summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private readonly List<string> _dirs = [];

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _dirs.ForEach(d => Directory.Delete(d, recursive: true));
    }

    [Fact]
    public async Task AutofillRun_KilledMidJobThenRestarted_EndsWithTheUninterruptedCrm()
    {
        var seeded = await SeedAsync();
        var whole = Copy(seeded);
        var killed = Copy(seeded);

        Assert.Equal(0, (await RunAsync(whole)).ExitCode);

        var total = await CountAsync(killed, "SELECT COUNT(*) FROM email_messages WHERE direction = 'inbound'");
        using (var first = Start(killed))
        {
            var done = 0L;
            for (var i = 0; i < 3000 && (done = await CountAsync(killed, "SELECT COUNT(*) FROM email_messages WHERE analysis_state = 'done'")) < 60; i++)
            {
                await Task.Delay(10);
            }

            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
            Assert.InRange(done, 60, total - 1);
        }

        var afterKill = await CountAsync(killed, "SELECT COUNT(*) FROM email_messages WHERE analysis_state = 'done'");
        await Task.Delay(TimeSpan.FromSeconds(2.5)); // the dead worker's lease (1 s) and job heartbeat (2 s) expire
        var restarted = await RunAsync(killed);

        Assert.InRange(afterKill, 1, total - 1);
        Assert.Equal(0, restarted.ExitCode);
        Assert.Equal(total, await CountAsync(killed, "SELECT COUNT(*) FROM email_messages WHERE analysis_state = 'done'"));
        var expected = await SnapshotAsync(whole);
        Assert.Contains("|AutoApplied|", expected, StringComparison.Ordinal);
        Assert.Contains("|Pending|", expected, StringComparison.Ordinal);
        Assert.Contains("\nperson ", expected, StringComparison.Ordinal);
        Assert.Equal(expected, await SnapshotAsync(killed));
    }

    private async Task<string> SeedAsync()
    {
        var dir = NewDir();
        var mbox = Path.Combine(dir, "mailbox.mbox");
        var now = new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
        await using (var file = File.Create(mbox))
        {
            foreach (var email in DemoMailbox.Generate(now).Concat(DemoMailbox.Generate(now.AddDays(-60), 7)).Where(e => !e.Outbound))
            {
                await file.WriteAsync("From demo@relais.test Mon Dec  1 09:00:00 2025\n"u8.ToArray());
                var format = FormatOptions.Default.Clone();
                format.NewLineFormat = NewLineFormat.Unix;
                using var buffer = new MemoryStream();
                await email.Message.WriteToAsync(format, buffer);
                var text = System.Text.Encoding.UTF8.GetString(buffer.ToArray());
                var escaped = string.Join('\n', text.Split('\n').Select(l => l.StartsWith("From ", StringComparison.Ordinal) ? ">" + l : l));
                await file.WriteAsync(System.Text.Encoding.UTF8.GetBytes(escaped + "\n"));
            }
        }

        using var cli = new CliRunner();
        Assert.Equal(0, (await cli.RunAsync("user", "create", "--team", "Crash", "--email", "admin@crash.test", "--password", "mot de passe sûr", "--role", "admin")).ExitCode);
        Assert.Equal(0, (await cli.RunAsync("import", mbox)).ExitCode);
        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(cli.DataDir, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(dir, Path.GetRelativePath(cli.DataDir, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return dir;
    }

    private string Copy(string from)
    {
        var dir = NewDir();
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(dir, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return dir;
    }

    private string NewDir()
    {
        var dir = Directory.CreateTempSubdirectory("relais-crash-").FullName;
        _dirs.Add(dir);
        return dir;
    }

    /// <summary>The real binary, small batches and a short lease, so a kill lands mid-job and recovery is quick.</summary>
    private static Process Start(string dataDir)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "relais.dll"), "--data-dir", dataDir, "autofill", "run", "--days-back", "365", "--max-emails", "100000" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Relais__Autofill__BatchSize"] = "5";
        start.Environment["Relais__Autofill__Lease"] = "00:00:01";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<(int ExitCode, string Unused)> RunAsync(string dataDir)
    {
        using var process = Start(dataDir);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, string.Empty);
    }

    private static async Task<long> CountAsync(string dataDir, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(dataDir, DatabaseSettings.SqliteFileName)};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The CRM as a user sees it, without ids and times (which differ between any two runs).</summary>
    private static async Task<string> SnapshotAsync(string dataDir)
    {
        await using var db = new RelaisDbContext(DatabaseSettings.EmbeddedSqlite(dataDir).CreateContextOptions(), TeamScope.Unscoped("test checks"));
        var emails = await db.EmailMessages.AsNoTracking().ToDictionaryAsync(e => e.Id, e => e.MessageIdHeader);
        var people = await db.People.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Email);
        var organisations = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name);
        var lines = new List<string>();
        lines.AddRange((await db.People.AsNoTracking().ToListAsync()).Select(p => $"person {p.Email}|{p.FirstName}|{p.LastName}|{p.JobTitle}|{p.Phone}|{p.Mobile}|{p.Linkedin}"));
        lines.AddRange((await db.Organisations.AsNoTracking().ToListAsync()).Select(o => $"organisation {o.Name}|{o.Domain}|{o.Website}|{o.Address}|{o.Postcode}|{o.City}"));
        lines.AddRange((await db.PersonOrganisationLinks.AsNoTracking().ToListAsync()).Select(l => $"link {people[l.PersonId]}|{organisations[l.OrganisationId]}|{l.IsPrimary}"));
        lines.AddRange((await db.AutofillSuggestions.AsNoTracking().ToListAsync()).Select(s =>
            $"suggestion {emails[s.EmailMessageId]}|{s.TargetType}|{(s.PersonId is { } p ? people[p] : null)}|{s.Field}|{s.CurrentValue}|{s.SuggestedValue}|{s.Confidence}|{s.Status}|{s.Reason}"));
        lines.AddRange((await db.Interactions.AsNoTracking().ToListAsync()).Select(i =>
            $"interaction {emails[i.EmailMessageId!.Value]}|{(i.PersonId is { } p ? people[p] : null)}|{(i.OrganisationId is { } o ? organisations[o] : null)}|{i.Intent}|{i.IntentConfidence}|{i.Title}"));
        lines.AddRange((await db.Analyses.AsNoTracking().ToListAsync()).Select(a => $"analysis {emails[a.EmailMessageId]}|{a.Intent}|{a.Automated}|{a.SignatureFound}|{a.Fields}"));
        lines.AddRange((await db.FieldProvenance.AsNoTracking().Where(p => p.Source == ProvenanceSource.Autofill).ToListAsync()).Select(p =>
            $"provenance {(p.EmailMessageId is { } e ? emails[e] : null)}|{p.EntityType}|{p.Field}|{p.PreviousValue}|{p.Value}"));
        lines.Sort(StringComparer.Ordinal);
        return string.Join('\n', lines);
    }
}
