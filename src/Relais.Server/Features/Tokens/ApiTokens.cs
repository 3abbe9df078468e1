using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Relais.Data;
using Relais.Data.Model;

namespace Relais.Server.Features.Tokens;

/// <summary>A token just created: <see cref="Secret"/> is shown once and never stored.</summary>
internal sealed record CreatedApiToken(ApiToken Token, string Secret);

/// <summary>
/// Long-lived bearer tokens for cron and scripts (<c>rls_…</c>). Only a SHA-256 of the secret is
/// stored: the secret is 256 random bits, so a slow hash would add nothing but latency.
/// </summary>
internal sealed class ApiTokens(RelaisDbContext db, TimeProvider time)
{
    public const string SecretPrefix = "rls_";

    public async Task<CreatedApiToken> CreateAsync(
        Guid teamId, string name, Role role, TimeSpan? lifetime, Guid? createdByUserId, CancellationToken cancellationToken)
    {
        var secret = SecretPrefix + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var now = time.GetUtcNow();
        var token = new ApiToken
        {
            TeamId = teamId,
            Name = name,
            Role = role,
            TokenHash = Hash(secret),
            Prefix = secret[..12],
            CreatedByUserId = createdByUserId,
            CreatedAt = now,
            ExpiresAt = lifetime is { } l ? now + l : null,
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedApiToken(token, secret);
    }

    /// <summary>The token behind <paramref name="secret"/> if it exists, is not revoked and has not expired.</summary>
    public async Task<ApiToken?> FindValidAsync(string secret, CancellationToken cancellationToken)
    {
        var hash = Hash(secret);
        var now = time.GetUtcNow();
        var token = await db.ApiTokens.IgnoreQueryFilters([RelaisDbContext.TeamFilter]).AsNoTracking()
            .SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        if (token is null || token.RevokedAt is not null || token.ExpiresAt <= now)
        {
            return null;
        }

        // Operators see when a token was last used; a minute's precision spares a write per request.
        if (token.LastUsedAt is null || now - token.LastUsedAt > TimeSpan.FromMinutes(1))
        {
            await db.ApiTokens.IgnoreQueryFilters([RelaisDbContext.TeamFilter])
                .Where(t => t.Id == token.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), cancellationToken);
            token.LastUsedAt = now;
        }

        return token;
    }

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
