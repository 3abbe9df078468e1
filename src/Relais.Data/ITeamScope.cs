namespace Relais.Data;

/// <summary>
/// The team the current unit of work acts for. <c>null</c> means unscoped (trusted code: CLI, jobs,
/// seeding); the server returns a team id for every request, <see cref="Guid.Empty"/> when anonymous,
/// so an anonymous request sees no team-owned row at all.
/// </summary>
public interface ITeamScope
{
    Guid? TeamId { get; }
}
