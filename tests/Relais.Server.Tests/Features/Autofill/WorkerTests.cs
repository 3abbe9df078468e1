using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relais.Data.Model;
using Relais.Server.Features.Autofill;
using Relais.Server.Features.Emails;
using Relais.Server.Features.Tenancy;
using Relais.Server.Tests.Infrastructure;

namespace Relais.Server.Tests.Features.Autofill;

public sealed class WorkerTests(RelaisFactory factory) : IClassFixture<RelaisFactory>
{
    private static readonly AutofillParameters Everything = new(30, 100_000, 0.92);

    private async Task StoreAsync(Guid teamId, int count, string domain)
    {
        var scopes = factory.Services.GetRequiredService<TeamScopes>();
        for (var start = 0; start < count; start += 250)
        {
            await using var scope = scopes.ForTeam(teamId);
            var batch = Enumerable.Range(start, Math.Min(250, count - start)).Select(i => new IncomingMessage(System.Text.Encoding.UTF8.GetBytes(Mail.Letter(
                $"contact{i % 400}@{domain}", $"Contact {i % 400} Numéro", $"Demande {i}",
                $"Bonjour,\r\n\r\nPourriez-vous nous envoyer la documentation n° {i} ?",
                $"Cordialement,\r\nContact {i % 400} Numéro\r\nResponsable des achats\r\nSociété {domain}\r\nTél. : +33 1 42 68 {i % 100:00} {i % 97:00}")))).ToList();
            await scope.ServiceProvider.GetRequiredService<MailIngestor>().IngestAsync(batch);
        }
    }

    private async Task<int> WorkAsync(Guid teamId, string worker)
    {
        var scopes = factory.Services.GetRequiredService<TeamScopes>();
        var claimed = 0;
        while (true)
        {
            await using var scope = scopes.ForTeam(teamId);
            var batch = await scope.ServiceProvider.GetRequiredService<AutofillPipeline>().RunBatchAsync(Everything, 50, worker, null, CancellationToken.None);
            Assert.Equal(0, batch.Errors);
            if (batch.Claimed == 0)
            {
                return claimed;
            }

            claimed += batch.Claimed;
        }
    }

    [Fact]
    public async Task TwoWorkers_SameTeam_ProcessEveryEmailExactlyOnce()
    {
        var team = await factory.CreateTeamAsync();
        await StoreAsync(team.Id, 2000, "acme-gestion.fr");

        var work = await Task.WhenAll(Task.Run(() => WorkAsync(team.Id, "worker-a")), Task.Run(() => WorkAsync(team.Id, "worker-b")));
        await using var db = factory.Database.CreateContext();
        var emails = await db.EmailMessages.Where(e => e.TeamId == team.Id).Select(e => new { e.AnalysisState, e.Attempts }).ToListAsync();

        Assert.Equal(2000, work.Sum());
        Assert.All(work, claimed => Assert.True(claimed > 0, "each worker took a share"));
        Assert.All(emails, e => Assert.Equal(AnalysisState.Done, e.AnalysisState));
        Assert.All(emails, e => Assert.Equal(1, e.Attempts));
        Assert.Equal(2000, await db.Analyses.CountAsync(a => a.TeamId == team.Id));
        Assert.Equal(2000, await db.Interactions.CountAsync(i => i.TeamId == team.Id));
        Assert.Equal(400, await db.People.CountAsync(p => p.TeamId == team.Id));
    }

    [Fact]
    public async Task Job_OfTeamA_NeitherReadsNorWritesTeamB()
    {
        var a = await factory.CreateTeamAsync("Alpha");
        var b = await factory.CreateTeamAsync("Bravo");
        await StoreAsync(a.Id, 20, "alpha-conseil.fr");
        await StoreAsync(b.Id, 20, "bravo-conseil.fr");
        var scopes = factory.Services.GetRequiredService<TeamScopes>();

        await WorkAsync(a.Id, "worker-a");
        await using var scopeA = scopes.ForTeam(a.Id);
        var dbA = scopeA.ServiceProvider.GetRequiredService<Relais.Data.RelaisDbContext>();
        var visible = await dbA.EmailMessages.Select(e => e.TeamId).Distinct().ToListAsync();
        var intruder = new Person { TeamId = b.Id, LastName = "Intrus" };
        dbA.People.Add(intruder);
        var write = await Record.ExceptionAsync(() => dbA.SaveChangesAsync());
        await using var db = factory.Database.CreateContext();

        Assert.Equal([a.Id], visible);
        Assert.IsType<InvalidOperationException>(write);
        Assert.Equal(20, await db.EmailMessages.CountAsync(e => e.TeamId == b.Id && e.AnalysisState == AnalysisState.Pending));
        Assert.False(await db.People.AnyAsync(p => p.TeamId == b.Id));
        Assert.Equal(20, await db.Analyses.CountAsync(x => x.TeamId == a.Id));
        Assert.False(await db.Analyses.AnyAsync(x => x.TeamId == b.Id));
        Assert.False(await db.AiMemory.AnyAsync(m => m.TeamId == b.Id));
    }
}
