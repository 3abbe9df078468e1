using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Relais.Data;
using Relais.Engine;
using Relais.Server.Api;
using Relais.Server.Features.Auth;

namespace Relais.Server.Features.Ai;

/// <summary>
/// The engine on demand, without storing anything: <c>parse-signature</c>, <c>detect-intent</c>,
/// and <c>analyze</c>, which answers in the JSON contract of <c>relais analyze</c> (the same
/// source-generated serializer) for a pasted body or a stored email.
/// </summary>
internal static class AnalysisEndpoints
{
    private static readonly string Model = "relais-engine/" + EmailAnalyzer.Version;

    public static RouteGroupBuilder MapAnalysisEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(ApiExtensions.Prefix + "/ai").WithTags("Analysis");
        group.MapPost("/analyze", AnalyzeAsync).AddOpenApiOperationTransformer(Body);
        group.MapPost("/parse-signature", ParseSignatureAsync).AddOpenApiOperationTransformer(Body);
        group.MapPost("/detect-intent", DetectIntentAsync).AddOpenApiOperationTransformer(Body);
        return group;
    }

    private static async Task<Results<JsonHttpResult<AnalysisDocument>, ValidationProblem, NotFound>> AnalyzeAsync(
        HttpRequest request, RelaisDbContext db, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        var (analysis, errors, missing) = await RunAsync(request, db, json, cancellationToken);
        if (missing)
        {
            return TypedResults.NotFound();
        }

        return analysis is null
            ? TypedResults.ValidationProblem(errors!)
            : TypedResults.Json(EmailAnalysisJson.ToDocument(analysis), AnalysisJsonContext.Default.AnalysisDocument);
    }

    private static async Task<Results<Ok<SignatureAnswer>, ValidationProblem, NotFound>> ParseSignatureAsync(
        HttpRequest request, RelaisDbContext db, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        var (analysis, errors, missing) = await RunAsync(request, db, json, cancellationToken);
        if (missing)
        {
            return TypedResults.NotFound();
        }

        if (analysis is null)
        {
            return TypedResults.ValidationProblem(errors!);
        }

        var document = EmailAnalysisJson.ToDocument(analysis);
        return TypedResults.Ok(new SignatureAnswer(document.Signature, document.Contact, Model, document.ElapsedMs));
    }

    private static async Task<Results<Ok<IntentAnswer>, ValidationProblem, NotFound>> DetectIntentAsync(
        HttpRequest request, RelaisDbContext db, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        var (analysis, errors, missing) = await RunAsync(request, db, json, cancellationToken);
        if (missing)
        {
            return TypedResults.NotFound();
        }

        if (analysis is null)
        {
            return TypedResults.ValidationProblem(errors!);
        }

        var document = EmailAnalysisJson.ToDocument(analysis);
        var code = analysis.Automated is null ? document.Intent.Label : "other";
        return TypedResults.Ok(new IntentAnswer(
            code, IntentLabels.Of(code), document.Intent.Confidence, new NeedsReplyAnswer(document.NeedsReply.Value, document.NeedsReply.Confidence),
            document.Language, Model, document.ElapsedMs));
    }

    private static async Task<(EmailAnalysis? Analysis, IDictionary<string, string[]>? Errors, bool Missing)> RunAsync(
        HttpRequest request, RelaisDbContext db, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        var (input, errors) = await LenientJson.ReadAsync<AnalyzeRequest>(request, json.Value.SerializerOptions, cancellationToken);
        if (input is null)
        {
            return (null, errors, false);
        }

        var teamId = request.HttpContext.User.TeamId();
        var region = await db.Teams.Where(t => t.Id == teamId).Select(t => t.DefaultPhoneRegion).SingleOrDefaultAsync(cancellationToken);
        var analyzer = new EmailAnalyzer(new AnalyzerOptions { DefaultRegion = region });
        if (input.EmailId is { } id)
        {
            var email = await db.EmailMessages.AsNoTracking().Where(e => e.Id == id)
                .Select(e => new
                {
                    db.EmailContents.First(c => c.EmailMessageId == e.Id).RawMime,
                    db.EmailContents.First(c => c.EmailMessageId == e.Id).TextBody,
                    e.Subject, e.FromEmail, e.FromName, e.ExternalId,
                })
                .SingleOrDefaultAsync(cancellationToken);
            if (email is null)
            {
                return (null, null, true);
            }

            var source = email.ExternalId ?? id.ToString();
            return (email.RawMime is { } raw
                ? analyzer.Analyze(new MemoryStream(raw, writable: false), source)
                : analyzer.AnalyzeText(email.TextBody ?? string.Empty, email.Subject, email.FromEmail is null ? null : new Sender(email.FromEmail, email.FromName)), null, false);
        }

        var from = input.FromEmail is { Length: > 0 } address ? new Sender(address.Trim().ToLowerInvariant(), input.FromName) : null;
        return (analyzer.AnalyzeText(input.EmailBody!, input.Subject, from), null, false);
    }

    internal static Task Body(OpenApiOperation operation, Microsoft.AspNetCore.OpenApi.OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "{\"email_body\": \"…\", \"subject\": \"…\"} or {\"email_id\": \"…\"}; read as JSON whatever the Content-Type.",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/json"] = new()
                {
                    Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Properties = new Dictionary<string, IOpenApiSchema>
                        {
                            ["email_body"] = new OpenApiSchema { Type = JsonSchemaType.String },
                            ["subject"] = new OpenApiSchema { Type = JsonSchemaType.String },
                            ["email_id"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uuid" },
                            ["from_email"] = new OpenApiSchema { Type = JsonSchemaType.String },
                            ["from_name"] = new OpenApiSchema { Type = JsonSchemaType.String },
                        },
                    },
                },
            },
        };
        return Task.CompletedTask;
    }
}
