using Microsoft.Extensions.Options;
using Relais.Data;

namespace Relais.Server.Hosting;

internal static class HostingExtensions
{
    public static WebApplicationBuilder AddHosting(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        if (string.IsNullOrEmpty(configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(configuration["RELAIS_URLS"] is { Length: > 0 } urls ? urls : RelaisOptions.DefaultUrls);
        }

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddOptions<RelaisOptions>()
            .Configure<IConfiguration>((options, config) =>
            {
                config.GetSection(RelaisOptions.Section).Bind(options);
                options.DataDir = FirstSet(config[$"{RelaisOptions.Section}:DataDir"], config["RELAIS_DATA_DIR"]) ?? options.DataDir;
                options.Database = FirstSet(config[$"{RelaisOptions.Section}:Database"], config["RELAIS_DATABASE"]);
            })
            .Validate(o => !string.IsNullOrWhiteSpace(o.DataDir), "The data directory must not be empty.")
            .ValidateOnStart();
        builder.Services.AddSingleton(provider => DatabaseSettingsFor(provider.GetRequiredService<IOptions<RelaisOptions>>().Value));
        builder.Services.AddData();
        builder.Services.AddHostedService<DatabaseStartup>();
        builder.Services.AddHostedService<StartupBanner>();
        return builder;
    }

    private static DatabaseSettings DatabaseSettingsFor(RelaisOptions options)
    {
        if (!options.Embedded)
        {
            return DatabaseSettings.Postgres(options.Database!);
        }

        Directory.CreateDirectory(options.DataDir);
        return DatabaseSettings.EmbeddedSqlite(options.DataDir);
    }

    private static string? FirstSet(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
