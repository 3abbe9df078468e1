using Relais.Demo.Roster;

namespace Relais.Demo;

/// <summary>The embedded demo's logins (README: demo only). Any other deployment runs <c>relais user create</c>.</summary>
public static class DemoLogin
{
    public const string TeamName = "Démo";
    public const string Email = "admin@demo.relais";
    public const string Password = "relais-demo";

    /// <summary>Every demo user's login, one line each, as <c>relais serve</c> and <c>relais seed --demo</c> print them.</summary>
    public static IReadOnlyList<string> Lines => [.. DemoTeam.Users.Select(Line)];

    internal static string Line(DemoTeamMember member) =>
        $"Demo {member.Role.ToString().ToLowerInvariant()} login (demo only, do not use in production): {member.Email} / {member.Password}";
}
