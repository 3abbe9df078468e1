using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Relais.Server.Hosting;

/// <summary>
/// Tells the person who typed <c>relais serve</c> where to go and, on the embedded database, how to
/// log in to what the <see cref="IFirstRunSeeder"/> created. Written to the console, not to the logs:
/// the demo logins are meant to be read, and logs never carry addresses.
/// </summary>
internal sealed class StartupBanner(
    IHostApplicationLifetime lifetime,
    IServer server,
    IServiceScopeFactory scopes,
    IOptions<RelaisOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => _ = PrintAsync());
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task PrintAsync()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            await Console.Out.WriteLineAsync($"Relais is running on {address} (API docs: {address.TrimEnd('/')}/api/v1/docs)");
        }

        if (!options.Value.Embedded)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        if (scope.ServiceProvider.GetService<IFirstRunSeeder>() is { } seeder)
        {
            foreach (var line in await seeder.LoginLinesAsync(lifetime.ApplicationStopping))
            {
                await Console.Out.WriteLineAsync(line);
            }
        }
    }
}
