using Relais.Server.Jobs;

namespace Relais.Server.Features.Outbox;

internal static class OutboxExtensions
{
    public static IServiceCollection AddOutbox(this IServiceCollection services)
    {
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section)
            .Validate(o => o.Port is > 0 and < 65536 && o.MaxAttempts > 0 && o.Period > TimeSpan.Zero && MimeKit.MailboxAddress.TryParse(o.From, out _), "Invalid Relais:Smtp settings.")
            .ValidateOnStart();
        services.AddScoped<OutboxSender>();
        services.AddHostedService<OutboxJob>();
        return services;
    }
}
