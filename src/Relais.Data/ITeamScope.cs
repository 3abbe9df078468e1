namespace Relais.Data;

/// <summary>
/// The team a unit of work acts for. A scope without a team (<see cref="TeamId"/> null or
/// <see cref="Guid.Empty"/>) sees no team-owned row and may write none: "no team" never means "every
/// team". Reading or writing across teams takes the explicit escape <see cref="TeamScope.Unscoped"/>.
/// </summary>
public interface ITeamScope
{
    Guid? TeamId { get; }

    /// <summary>True only for <see cref="TeamScope.Unscoped"/>: every team's rows are visible.</summary>
    bool AllTeams => false;
}

/// <summary>The three kinds of scope: one team, none, or the named escape across teams.</summary>
public sealed class TeamScope : ITeamScope
{
    private TeamScope(Guid? teamId, string? unscopedReason)
    {
        TeamId = teamId;
        UnscopedReason = unscopedReason;
    }

    /// <summary>No team: nothing visible, nothing writable.</summary>
    public static TeamScope None { get; } = new(null, null);

    public Guid? TeamId { get; }

    public bool AllTeams => UnscopedReason is not null;

    /// <summary>Why this scope crosses teams (for the log line that records each use).</summary>
    public string? UnscopedReason { get; }

    public static TeamScope For(Guid teamId) =>
        teamId == Guid.Empty ? throw new ArgumentException("A team scope needs a team id.", nameof(teamId)) : new(teamId, null);

    /// <summary>
    /// Every team: for the rare trusted step that must cross teams (login before the team is known,
    /// test setup). Say why in <paramref name="reason"/>, a fixed phrase without personal data.
    /// </summary>
    public static TeamScope Unscoped(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new(null, reason);
    }
}
