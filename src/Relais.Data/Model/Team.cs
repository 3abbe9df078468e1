namespace Relais.Data.Model;

public sealed class Team
{
    /// <summary>Every hour, on the hour.</summary>
    public const string DefaultAutofillSchedule = "0 * * * *";

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public string Timezone { get; set; } = "Europe/Paris";
    public string DefaultPhoneRegion { get; set; } = "FR";
    public AiPolicy AiPolicy { get; set; } = AiPolicy.LocalOnly;

    /// <summary>Domains the team sends from (its own people are never autofilled as contacts).</summary>
    public List<string> OwnDomains { get; set; } = [];

    /// <summary>When the built-in schedule runs autofill (cron, five fields, in <see cref="Timezone"/>); null turns it off.</summary>
    public string? AutofillSchedule { get; set; } = DefaultAutofillSchedule;

    /// <summary>The confidence a field needs to be applied without review, unless a job says otherwise.</summary>
    public double AutoApplyThreshold { get; set; } = 0.92;
    public DateTimeOffset CreatedAt { get; set; }
}

public enum AiPolicy
{
    LocalOnly,
    EuOnly,
    Any,
}
