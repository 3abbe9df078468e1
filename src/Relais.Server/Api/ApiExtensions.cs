using System.Text.Json;
using System.Text.Json.Serialization;
using Scalar.AspNetCore;

namespace Relais.Server.Api;

internal static class ApiExtensions
{
    public const string Prefix = "/api/v1";
    public const string OpenApiPath = Prefix + "/openapi.json";

    /// <summary>snake_case JSON, validation at the edge, ProblemDetails for every error, OpenAPI.</summary>
    public static WebApplicationBuilder AddApi(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        });
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = ValidationKeys.ToSnakeCase);

        // Unreadable bodies (bad JSON, unknown enum code) reach the exception handler, which says why.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        builder.Services.AddValidation();
        builder.Services.AddOpenApi(options => options.AddDocumentTransformer<BearerSecurityTransformer>());
        return builder;
    }

    public static WebApplication UseApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }

    public static WebApplication MapApiDocs(this WebApplication app)
    {
        app.MapOpenApi(OpenApiPath).AllowAnonymous().ExcludeFromDescription();
        // Self-hosted and offline: the docs page must not call Scalar's services (telemetry, AI agent, MCP).
        app.MapScalarApiReference(Prefix + "/docs", options => options
                .WithTitle("Relais API")
                .WithOpenApiRoutePattern(OpenApiPath)
                .DisableTelemetry()
                .DisableAgent()
                .DisableMcp()
                .HideDeveloperTools())
            .AllowAnonymous()
            .ExcludeFromDescription();
        return app;
    }
}
