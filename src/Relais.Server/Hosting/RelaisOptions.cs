namespace Relais.Server.Hosting;

/// <summary>
/// Where Relais keeps its state. Read from the <c>Relais</c> configuration section (what
/// <c>relais serve</c> sets from its options), else from RELAIS_DATA_DIR / RELAIS_DATABASE.
/// </summary>
public sealed class RelaisOptions
{
    public const string Section = "Relais";
    public const string DefaultUrls = "http://localhost:5080";

    /// <summary>Holds the embedded SQLite file and the generated signing key.</summary>
    public string DataDir { get; set; } = "./data";

    /// <summary>A PostgreSQL connection string; null or empty means the embedded SQLite database.</summary>
    public string? Database { get; set; }

    /// <summary>Apply migrations on start; null means "when embedded or in Development".</summary>
    public bool? MigrateOnStart { get; set; }

    /// <summary>On the embedded database, the first start (no team yet) runs the registered <see cref="IFirstRunSeeder"/> (<c>relais serve</c>: the demo team).</summary>
    public bool SeedDemoOnFirstRun { get; set; } = true;

    public bool Embedded => string.IsNullOrWhiteSpace(Database);
}
