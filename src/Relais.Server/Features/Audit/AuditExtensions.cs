using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Relais.Server.Features.Audit;

internal static class AuditExtensions
{
    public static IServiceCollection AddAudit(this IServiceCollection services) =>
        services.AddSingleton<IInterceptor, AuditInterceptor>();
}
