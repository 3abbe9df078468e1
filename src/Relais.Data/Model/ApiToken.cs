namespace Relais.Data.Model;

/// <summary>A long-lived token for cron and scripts; only its hash is stored, the token is shown once.</summary>
public sealed class ApiToken : ITeamOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TeamId { get; set; }
    public required string Name { get; set; }

    /// <summary>SHA-256 of the secret, hex.</summary>
    public required string TokenHash { get; set; }

    /// <summary>The first characters of the token, to recognise it in lists.</summary>
    public required string Prefix { get; set; }
    public Role Role { get; set; } = Role.Member;
    public Guid? CreatedByUserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
}
