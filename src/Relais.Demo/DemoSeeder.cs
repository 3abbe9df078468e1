using Microsoft.EntityFrameworkCore;
using Relais.Data;
using Relais.Data.Model;
using Relais.Demo.Mailbox;
using Relais.Demo.Roster;
using Relais.Server.Features.Routing;
using Relais.Server.Features.Tenancy;

namespace Relais.Demo;

/// <summary>What <see cref="DemoSeeder.SeedAsync"/> did; all zero when the demo team already existed.</summary>
public sealed record DemoSeedResult(bool Created, int People, int Organisations, int Emails, Guid? TeamId = null);

/// <summary>
/// Creates the demo team "Démo": its three users, a CRM of fictitious French, British and American
/// contacts, and a mailbox of generated mail waiting for analysis. Idempotent: does nothing when the
/// team exists. The admin login (DemoLogin) is for demos only.
/// </summary>
public sealed class DemoSeeder(RelaisDbContext db, TimeProvider time, CurrentTeam? currentTeam = null)
{
    public async Task<DemoSeedResult> SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Teams.AnyAsync(t => t.Name == DemoTeam.Name, cancellationToken))
            return new DemoSeedResult(false, 0, 0, 0);

        var now = time.GetUtcNow();
        var team = new Team
        {
            Name = DemoTeam.Name,
            Timezone = "Europe/Paris",
            DefaultPhoneRegion = "FR",
            OwnDomains = [DemoTeam.Domain, DemoTeam.LoginDomain],
            CreatedAt = now.AddDays(-400),
        };
        currentTeam?.Bind(TeamScope.For(team.Id));
        var users = DemoCrmRows.Users(team, now);
        var organisations = DemoCrmRows.Organisations(team, now);
        var people = DemoCrmRows.People(team, users, now);
        var links = DemoCrmRows.Links(team, people, organisations);
        var emails = DemoEmailRows.From(DemoMailbox.Generate(now), team, people, now);

        db.Teams.Add(team);
        db.Users.AddRange(users.Values);
        db.Organisations.AddRange(organisations.Values);
        db.People.AddRange(people.Values);
        db.PersonOrganisationLinks.AddRange(links);
        db.RoutingRules.AddRange(DefaultRoutingRules.For(team.Id, team.CreatedAt));
        db.EmailMessages.AddRange(emails.Select(e => e.Message));
        db.EmailContents.AddRange(emails.Select(e => e.Content));
        await db.SaveChangesAsync(cancellationToken);
        await Server.Features.Metrics.MetricsCounters.CountReceivedAsync(db, team.Id, [.. emails.Select(e => e.Message)], cancellationToken);
        return new DemoSeedResult(true, people.Count, organisations.Count, emails.Count, team.Id);
    }
}
