namespace Relais.Server.Hosting;

/// <summary>
/// What the embedded database gets on its first start (no team yet, <see cref="RelaisOptions.SeedDemoOnFirstRun"/>),
/// and the logins the startup banner prints for it. The server registers none, so a bare server starts
/// empty; <c>relais serve</c> registers the demo team's (Relais.Demo's <c>AddDemo</c>).
/// </summary>
public interface IFirstRunSeeder
{
    /// <summary>Fills the empty database; runs before the server listens.</summary>
    Task SeedAsync(CancellationToken cancellationToken);

    /// <summary>The console lines telling how to log in to what was seeded; empty when it is not there.</summary>
    Task<IReadOnlyList<string>> LoginLinesAsync(CancellationToken cancellationToken);
}
