using Relais.Server.Api;
using Relais.Server.Features.Accuracy;
using Relais.Server.Features.Ai;
using Relais.Server.Features.Audit;
using Relais.Server.Features.Autofill;
using Relais.Server.Features.Auth;
using Relais.Server.Features.Blacklist;
using Relais.Server.Features.EmailAccounts;
using Relais.Server.Features.Emails;
using Relais.Server.Features.Health;
using Relais.Server.Features.Interactions;
using Relais.Server.Features.Metrics;
using Relais.Server.Features.Notifications;
using Relais.Server.Features.Organisations;
using Relais.Server.Features.Outbox;
using Relais.Server.Features.People;
using Relais.Server.Features.Quality;
using Relais.Server.Features.Review;
using Relais.Server.Features.Routing;
using Relais.Server.Features.Secrets;
using Relais.Server.Features.Settings;
using Relais.Server.Features.Tasks;
using Relais.Server.Features.Tokens;
using Relais.Server.Features.Users;
using Relais.Server.Hosting;
using Relais.Server.Logging;

namespace Relais.Server;

/// <summary>
/// The composition of the Relais server, in one place: Program.cs runs it, <c>relais serve</c> runs
/// it, and the other CLI verbs build it to use its services. Read it as the table of contents.
/// </summary>
public static class RelaisServer
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);

        builder.AddRedactedLogging();
        builder.AddHosting();
        builder.AddApi();
        builder.Services.AddAuth();
        builder.Services.AddHealth();
        builder.Services.AddAudit();
        builder.Services.AddSecrets();
        builder.Services.AddAutofill();
        builder.Services.AddEmailAccounts();
        builder.Services.AddOutbox();
        builder.Services.AddQuality();
        builder.Services.AddEmailIntelligence();
        builder.Services.AddScoped<UserAccounts>();

        var app = builder.Build();
        app.UseApi();
        app.UseAuth();

        app.MapApiDocs();
        app.MapHealthEndpoints();
        app.MapAuthEndpoints();
        app.MapTokensEndpoints();
        app.MapPeopleEndpoints();
        app.MapOrganisationsEndpoints();
        app.MapInteractionsEndpoints();
        app.MapTasksEndpoints();
        app.MapNotificationsEndpoints();
        app.MapEmailAccountsEndpoints();
        app.MapEmailsEndpoints();
        app.MapAutofillJobsEndpoints();
        app.MapSuggestionsEndpoints();
        app.MapBlacklistEndpoints();
        app.MapAccuracyEndpoints();
        app.MapAnalysisEndpoints();
        app.MapRoutingEndpoints();
        app.MapTeamSettingsEndpoints();
        app.MapOutboxEndpoints();
        app.MapQualityEndpoints();
        app.MapMetricsEndpoints();
        return app;
    }
}
