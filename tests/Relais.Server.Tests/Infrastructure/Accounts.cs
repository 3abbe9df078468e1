using Microsoft.AspNetCore.Identity;
using Relais.Data.Model;

namespace Relais.Server.Tests.Infrastructure;

public static class Accounts
{
    /// <summary>Adds a user who can log in with <paramref name="password"/>.</summary>
    public static async Task<User> AddUserAsync(this RelaisFactory factory, Guid teamId, string email, string password, Role role = Role.Member)
    {
        await using var db = factory.Database.CreateContext();
        var user = new User { TeamId = teamId, Email = email, FullName = "Camille Roux", Role = role, PasswordHash = string.Empty, CreatedAt = factory.Time.GetUtcNow() };
        user.PasswordHash = new PasswordHasher<User>().HashPassword(user, password);
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user;
    }

    public static Task<HttpResponseMessage> LoginAsync(this HttpClient client, string email, string password, string? team = null) =>
        client.PostJsonAsync("/api/v1/auth/login", team is null ? new { email, password } : new { email, password, team });
}
