using Relais.Server.Jobs;

namespace Relais.Server.Features.EmailAccounts;

internal static class EmailAccountsExtensions
{
    public static IServiceCollection AddEmailAccounts(this IServiceCollection services)
    {
        services.AddOptions<MailSyncOptions>().BindConfiguration(MailSyncOptions.Section)
            .Validate(o => o.Period > TimeSpan.Zero && o.BatchSize is > 0 and <= 500 && o.Timeout > TimeSpan.Zero, "Invalid Relais:MailSync settings.")
            .ValidateOnStart();
        services.AddSingleton<ImapConnector>();
        services.AddScoped<MailSync>();
        services.AddHostedService<MailSyncJob>();
        return services;
    }
}
