using Microsoft.AspNetCore.Http.HttpResults;
using Relais.Server.Api;
using Relais.Server.Jobs;

namespace Relais.Server.Features.Metrics;

/// <summary><c>/email-intelligence/*</c>: read by any signed-in user of the team, over <c>days</c> 1–365 (default 30).</summary>
internal static class MetricsEndpoints
{
    public static IServiceCollection AddEmailIntelligence(this IServiceCollection services)
    {
        services.AddOptions<MetricsOptions>().BindConfiguration(MetricsOptions.Section)
            .Validate(o => o.AlertPeriod > TimeSpan.Zero && o.AlertWindowDays is >= 1 and <= MetricsWindow.MaxDays, "Invalid Relais:Metrics settings.")
            .ValidateOnStart();
        services.AddScoped<MetricsReport>();
        services.AddScoped<TopSenders>();
        services.AddScoped<KpiAlerts>();
        services.AddHostedService<KpiAlertJob>();
        return services;
    }

    public static RouteGroupBuilder MapMetricsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(ApiExtensions.Prefix + "/email-intelligence").WithTags("Email intelligence");
        group.MapGet("/metrics", async (string? days, MetricsReport report, CancellationToken cancellationToken) =>
            Window(days, report, out var window) is { } bad ? bad : (Results<Ok<MetricsResponse>, ValidationProblem>)TypedResults.Ok(await report.MetricsAsync(window, cancellationToken)));
        group.MapGet("/intents", async (string? days, MetricsReport report, CancellationToken cancellationToken) =>
            Window(days, report, out var window) is { } bad ? bad : (Results<Ok<IntentsResponse>, ValidationProblem>)TypedResults.Ok(await report.IntentsAsync(window, cancellationToken)));
        group.MapGet("/models", async (string? days, MetricsReport report, CancellationToken cancellationToken) =>
            Window(days, report, out var window) is { } bad ? bad : (Results<Ok<ModelsResponse>, ValidationProblem>)TypedResults.Ok(await report.ModelsAsync(window, cancellationToken)));
        group.MapGet("/timeline", async (string? days, MetricsReport report, CancellationToken cancellationToken) =>
            Window(days, report, out var window) is { } bad ? bad : (Results<Ok<TimelineResponse>, ValidationProblem>)TypedResults.Ok(await report.TimelineAsync(window, cancellationToken)));
        group.MapGet("/top-senders", TopSendersAsync);
        return group;
    }

    private static async Task<Results<Ok<TopSendersResponse>, ValidationProblem>> TopSendersAsync(
        string? days, string? limit, MetricsReport report, TopSenders senders, CancellationToken cancellationToken)
    {
        if (Window(days, report, out var window) is { } bad)
        {
            return bad;
        }

        var count = TopSenders.DefaultLimit;
        if (limit is not null && (!int.TryParse(limit, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out count) || count is < 1 or > TopSenders.MaxLimit))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = [$"limit must be a whole number from 1 to {TopSenders.MaxLimit}."] });
        }

        return TypedResults.Ok(await senders.ListAsync(window, count, cancellationToken));
    }

    /// <summary>The window of <paramref name="days"/>, or the 400 that says why it is not one.</summary>
    private static ValidationProblem? Window(string? days, MetricsReport report, out MetricsWindow window)
    {
        if (!MetricsWindow.TryParseDays(days, out var value))
        {
            window = report.Window(MetricsWindow.DefaultDays);
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["days"] = [$"days must be a whole number from 1 to {MetricsWindow.MaxDays}."] });
        }

        window = report.Window(value);
        return null;
    }
}
