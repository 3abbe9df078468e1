using Relais.Server.Features.Emails;
using Relais.Server.Jobs;

namespace Relais.Server.Features.Autofill;

internal static class AutofillExtensions
{
    public static IServiceCollection AddAutofill(this IServiceCollection services)
    {
        services.AddOptions<AutofillOptions>().BindConfiguration(AutofillOptions.Section)
            .Validate(o => o.BatchSize is > 0 and <= 1000 && o.Workers is > 0 and <= 16 && o.Lease > TimeSpan.Zero && o.MaxAttempts > 0 && o.SchedulerPeriod > TimeSpan.Zero, "Invalid Relais:Autofill settings.")
            .ValidateOnStart();
        services.AddScoped<MailIngestor>();
        services.AddScoped<AutofillPipeline>();
        services.AddScoped<AutofillJobs>();
        services.AddScoped<AutofillJobRunner>();
        services.AddScoped<Review.SuggestionReview>();
        services.AddScoped<Accuracy.AccuracyRollup>();
        services.AddHostedService<AccuracyRollupJob>();
        services.AddSingleton<AutofillJobHost>();
        services.AddHostedService<AutofillJobWorker>();
        services.AddHostedService<AutofillScheduler>();
        return services;
    }
}
