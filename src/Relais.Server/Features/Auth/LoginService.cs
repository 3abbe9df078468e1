using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Relais.Data;
using Relais.Data.Model;
using Relais.Server.Features.Users;

namespace Relais.Server.Features.Auth;

internal sealed record LoginOutcome(IssuedToken? Token, string? Error);

/// <summary>Checks an email and password against the users of every team (login happens before the team is known).</summary>
internal sealed partial class LoginService(
    RelaisDbContext db, IPasswordHasher<User> hasher, JwtIssuer issuer, TimeProvider time, ILogger<LoginService> logger)
{
    public const string InvalidCredentials = "Invalid email or password.";

    // Verifying against a throwaway hash when the email is unknown keeps both paths equally slow.
    private static readonly Lazy<string> DecoyHash = new(() =>
        new PasswordHasher<User>().HashPassword(null!, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16))));

    public async Task<LoginOutcome> LoginAsync(string email, string password, string? team, CancellationToken cancellationToken)
    {
        var normalized = email.Trim().ToLowerInvariant();
        var query = db.Users.IgnoreQueryFilters([RelaisDbContext.TeamFilter]).Where(u => u.Email == normalized && u.Active);
        if (!string.IsNullOrWhiteSpace(team))
        {
            var teamId = await Teams.FindIdAsync(db, team, cancellationToken);
            query = query.Where(u => u.TeamId == teamId);
        }

        var candidates = await query.AsNoTracking().ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            hasher.VerifyHashedPassword(null!, DecoyHash.Value, password);
            LogFailed(logger, "unknown_account");
            return new LoginOutcome(null, InvalidCredentials);
        }

        var matches = candidates
            .Select(user => (User: user, Result: hasher.VerifyHashedPassword(user, user.PasswordHash, password)))
            .Where(m => m.Result != PasswordVerificationResult.Failed)
            .ToList();
        if (matches.Count == 0)
        {
            LogFailed(logger, "wrong_password");
            return new LoginOutcome(null, InvalidCredentials);
        }

        if (matches.Count > 1)
        {
            return new LoginOutcome(null, "This account exists in several teams: add \"team\" (its name or id) to the request.");
        }

        var (user, result) = matches[0];
        var hash = result == PasswordVerificationResult.SuccessRehashNeeded ? hasher.HashPassword(user, password) : user.PasswordHash;

        // The request is anonymous until this succeeds, so the write names its row explicitly.
        await db.Users.IgnoreQueryFilters([RelaisDbContext.TeamFilter])
            .Where(u => u.Id == user.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LastLoginAt, time.GetUtcNow()).SetProperty(u => u.PasswordHash, hash), cancellationToken);
        LogSucceeded(logger, user.Id, user.TeamId);
        return new LoginOutcome(issuer.Issue(user), null);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Login refused: {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId} of team {TeamId} logged in")]
    private static partial void LogSucceeded(ILogger logger, Guid userId, Guid teamId);
}
