namespace Relais.Data.Model;

public sealed class Team
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public string Timezone { get; set; } = "Europe/Paris";
    public string DefaultPhoneRegion { get; set; } = "FR";
    public AiPolicy AiPolicy { get; set; } = AiPolicy.LocalOnly;

    /// <summary>Domains the team sends from (its own people are never autofilled as contacts).</summary>
    public List<string> OwnDomains { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
}

public enum AiPolicy
{
    LocalOnly,
    EuOnly,
    Any,
}
