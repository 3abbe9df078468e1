using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Relais.Data;
using Relais.Data.Model;
using Relais.Server.Features.Routing;
using Relais.Server.Features.Tenancy;

namespace Relais.Server.Features.Users;

internal sealed record CreatedUser(User User, bool TeamCreated);

/// <summary>Creates users (<c>relais user create</c>): the way any non-demo deployment gets its first admin.</summary>
internal sealed class UserAccounts(RelaisDbContext db, CurrentTeam currentTeam, IPasswordHasher<User> hasher, TimeProvider time)
{
    public const int MinimumPasswordLength = 10;

    /// <summary>Creates the user, and the team when no team has that name yet.</summary>
    public async Task<CreatedUser> CreateAsync(string team, string email, string fullName, Role role, string password, CancellationToken cancellationToken)
    {
        if (password.Length < MinimumPasswordLength)
        {
            throw new ArgumentException($"The password must have at least {MinimumPasswordLength} characters.", nameof(password));
        }

        var now = time.GetUtcNow();
        var normalizedEmail = email.Trim().ToLowerInvariant();
        var teamId = await Teams.FindIdAsync(db, team, cancellationToken);
        var teamCreated = teamId is null;
        if (teamId is null)
        {
            var created = new Team { Name = team.Trim(), CreatedAt = now };
            db.Teams.Add(created);
            teamId = created.Id;
        }
        else if (await db.Users.IgnoreQueryFilters([RelaisDbContext.TeamFilter]).AnyAsync(u => u.TeamId == teamId && u.Email == normalizedEmail, cancellationToken))
        {
            throw new InvalidOperationException($"Team '{team}' already has a user with that email.");
        }

        currentTeam.Bind(TeamScope.For(teamId.Value));
        if (teamCreated)
        {
            db.RoutingRules.AddRange(DefaultRoutingRules.For(teamId.Value, now));
        }

        var user = new User { TeamId = teamId.Value, Email = normalizedEmail, FullName = fullName.Trim(), Role = role, PasswordHash = string.Empty, CreatedAt = now };
        user.PasswordHash = hasher.HashPassword(user, password);
        db.Users.Add(user);
        db.AuditLog.Add(new AuditLogEntry { TeamId = teamId.Value, Action = "user.created", EntityType = "users", EntityId = user.Id, Details = """{"via":"cli"}""", At = now });
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedUser(user, teamCreated);
    }
}
