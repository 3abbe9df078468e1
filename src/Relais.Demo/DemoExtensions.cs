using Microsoft.Extensions.DependencyInjection;
using Relais.Server.Hosting;

namespace Relais.Demo;

public static class DemoExtensions
{
    /// <summary>The demo team as the embedded database's first-run data, and <see cref="DemoSeeder"/> for <c>relais seed --demo</c>.</summary>
    public static IServiceCollection AddDemo(this IServiceCollection services)
    {
        services.AddScoped<DemoSeeder>();
        services.AddScoped<IFirstRunSeeder, DemoFirstRunSeeder>();
        return services;
    }
}
