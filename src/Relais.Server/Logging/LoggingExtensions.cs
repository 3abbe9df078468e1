using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Relais.Server.Logging;

internal static class LoggingExtensions
{
    /// <summary>Structured console logs, framework noise at Warning, every sink behind the redactor.</summary>
    public static WebApplicationBuilder AddRedactedLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Services.Replace(ServiceDescriptor.Singleton<ILoggerFactory, RedactingLoggerFactory>());
        return builder;
    }
}
