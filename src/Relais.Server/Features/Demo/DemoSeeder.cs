using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Relais.Data;
using Relais.Data.Model;

namespace Relais.Server.Features.Demo;

/// <summary>
/// Placeholder until the demo data generator lands: creates team "Démo" and its admin only.
/// Idempotent: does nothing when the team exists.
/// </summary>
public sealed class DemoSeeder(RelaisDbContext db, TimeProvider time)
{
    public async Task<DemoSeedResult> SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Teams.AnyAsync(t => t.Name == "Démo", cancellationToken))
        {
            return new DemoSeedResult(false, 0, 0, 0);
        }

        var now = time.GetUtcNow();
        var team = new Team { Name = "Démo", CreatedAt = now, OwnDomains = ["demo.relais"] };
        var admin = new User
        {
            TeamId = team.Id,
            Email = "admin@demo.relais",
            FullName = "Admin Démo",
            Role = Role.Admin,
            PasswordHash = string.Empty,
            CreatedAt = now,
        };
        admin.PasswordHash = new PasswordHasher<User>().HashPassword(admin, "relais-demo");
        db.Teams.Add(team);
        db.Users.Add(admin);
        await db.SaveChangesAsync(cancellationToken);
        return new DemoSeedResult(true, 0, 0, 0);
    }
}

public sealed record DemoSeedResult(bool Created, int People, int Organisations, int Emails);
