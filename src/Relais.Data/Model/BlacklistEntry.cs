namespace Relais.Data.Model;

/// <summary>A sender autofill ignores (table <c>email_blacklist</c>): an address, a domain, or a wildcard pattern.</summary>
public sealed class BlacklistEntry : ITeamOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TeamId { get; set; }

    /// <summary>Lower-case: <c>jean@acme.fr</c>, <c>acme.fr</c>, or <c>*@*.acme.fr</c> (<c>*</c> any run, <c>?</c> one character).</summary>
    public required string Pattern { get; set; }
    public BlacklistType Type { get; set; }
    public string? Reason { get; set; }
    public Guid? CreatedByUserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

public enum BlacklistType
{
    Email,
    Domain,
    Wildcard,
}
