using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Relais.Data;

namespace Relais.Server.Hosting;

/// <summary>
/// Tells the person who typed <c>relais serve</c> where to go and, on the embedded demo, how to log
/// in. Written to the console, not to the logs: the demo login is meant to be read, and logs never
/// carry addresses.
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

        if (options.Value.Embedded && await HasDemoAdminAsync())
        {
            await Console.Out.WriteLineAsync($"Demo login (demo only, do not use in production): {DemoLogin.Email} / {DemoLogin.Password}");
        }
    }

    private async Task<bool> HasDemoAdminAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RelaisDbContext>();
        // Read before any login, so across teams: only whether the demo account exists.
        return await db.Users.IgnoreQueryFilters([RelaisDbContext.TeamFilter]).AnyAsync(u => u.Email == DemoLogin.Email);
    }
}
