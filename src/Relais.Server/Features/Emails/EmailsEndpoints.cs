using System.Linq.Expressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.OpenApi;
using Relais.Data;
using Relais.Data.Model;
using Relais.Engine;
using Relais.Server.Api;
using Relais.Server.Features.Auth;
using Relais.Server.Features.Autofill;

namespace Relais.Server.Features.Emails;

internal static class EmailsEndpoints
{
    public const string RawMimeType = "message/rfc822";

    /// <summary>A message larger than this is refused (413) rather than truncated.</summary>
    public const long MaxMessageBytes = 25 * 1024 * 1024;

    private static readonly SortMap<EmailMessage> Sorts = new("-received_at", new Dictionary<string, Expression<Func<EmailMessage, object?>>>
    {
        ["received_at"] = e => e.ReceivedAt,
        ["sent_at"] = e => e.SentAt,
        ["subject"] = e => e.Subject,
        ["from_email"] = e => e.FromEmail,
    });

    public static RouteGroupBuilder MapEmailsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(ApiExtensions.Prefix + "/emails").WithTags("Emails");
        // The body is read by hand (a raw message, not JSON): declared for the docs, not matched by routing,
        // so a member still gets 403 rather than 415.
        group.MapPost("/", UploadAsync).RequireAuthorization(Policies.Writer)
            .WithSummary("Upload one raw RFC 5322 message (Content-Type: message/rfc822).")
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Description = "The message as received, headers and body.",
                    Content = new Dictionary<string, OpenApiMediaType> { [RawMimeType] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } } },
                };
                return Task.CompletedTask;
            });
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:guid}", GetAsync);
        group.MapGet("/{id:guid}/analysis", AnalysisAsync).WithSummary("The email's analysis, in the JSON contract of relais analyze.");
        return group;
    }

    private static async Task<Results<Created<UploadedEmail>, Ok<UploadedEmail>, ProblemHttpResult>> UploadAsync(
        HttpRequest request, MailIngestor ingestor, CancellationToken cancellationToken)
    {
        if (!string.Equals(request.ContentType?.Split(';')[0].Trim(), RawMimeType, StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send the raw message with Content-Type: message/rfc822.");
        }

        if (request.ContentLength > MaxMessageBytes)
        {
            return TooLarge();
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxMessageBytes)
            {
                return TooLarge();
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The message is empty.");
        }

        var result = await ingestor.IngestAsync([new IncomingMessage(buffer.ToArray(), ExternalId: "api")], cancellationToken);
        var stored = result.Messages[0];
        var row = await ingestor.DescribeAsync(stored.Id, cancellationToken);
        var body = new UploadedEmail(stored.Id, stored.Duplicate, row.Direction, row.State);
        return stored.Duplicate ? TypedResults.Ok(body) : TypedResults.Created($"{ApiExtensions.Prefix}/emails/{stored.Id}", body);
    }

    private static ProblemHttpResult TooLarge() =>
        TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: $"A message may not exceed {MaxMessageBytes / (1024 * 1024)} MB.");

    private static async Task<Results<Ok<PagedList<EmailSummary>>, ValidationProblem>> ListAsync(
        [AsParameters] PageQuery page, [AsParameters] EmailFilter filter, RelaisDbContext db, CancellationToken cancellationToken)
    {
        var query = db.EmailMessages.AsNoTracking();
        query = EnumCodes.TryParse<MessageDirection>(filter.Direction, out var direction) ? query.Where(e => e.Direction == direction) : query;
        query = EnumCodes.TryParse<AnalysisState>(filter.State, out var state) ? query.Where(e => e.AnalysisState == state) : query;
        query = filter.PersonId is { } person ? query.Where(e => e.PersonId == person) : query;
        var sender = filter.From?.Trim().ToLowerInvariant();
        query = sender is not null ? query.Where(e => e.FromEmail == sender) : query;
        query = filter.ReceivedAfter is { } after ? query.Where(e => e.ReceivedAt >= after) : query;
        query = filter.ReceivedBefore is { } before ? query.Where(e => e.ReceivedAt < before) : query;
        if (filter.Intent is { } intent)
        {
            query = query.Where(e => db.Analyses.Any(a => a.EmailMessageId == e.Id && a.Intent == intent));
        }

        if (filter.Automated is { } automated)
        {
            if (automated == "human")
            {
                query = query.Where(e => db.Analyses.Any(a => a.EmailMessageId == e.Id && a.Automated == null));
            }
            else if (EnumCodes.TryParse<AutomatedMail>(automated, out var kind))
            {
                query = query.Where(e => db.Analyses.Any(a => a.EmailMessageId == e.Id && a.Automated == kind));
            }
            else
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["automated"] = ["Must be one of: auto_reply, bounce, bulk, human."] });
            }
        }

        query = query.WhereMatches(page.Search, e => e.Subject, e => e.FromEmail, e => e.FromName);
        if (!Sorts.TryApply(query, page.Sort, out var sorted))
        {
            return Paging.UnknownSort(Sorts, page.Sort);
        }

        return TypedResults.Ok(await sorted.ToPageAsync(page, e => new EmailSummary(
            e.Id, e.Subject, e.FromEmail, e.FromName, e.To, e.SentAt, e.ReceivedAt, e.Direction, e.AnalysisState, e.PersonId,
            db.Analyses.Where(a => a.EmailMessageId == e.Id).Select(a => a.Intent).FirstOrDefault(),
            db.Analyses.Where(a => a.EmailMessageId == e.Id).Select(a => a.Automated).FirstOrDefault(),
            e.Attempts, e.LastError), cancellationToken));
    }

    private static async Task<Results<Ok<EmailDetail>, NotFound>> GetAsync(Guid id, RelaisDbContext db, CancellationToken cancellationToken) =>
        await db.EmailMessages.AsNoTracking().Where(e => e.Id == id).Select(e => new EmailDetail(
                e.Id, e.AccountId, e.ExternalId, e.MessageIdHeader, e.ThreadId, e.Subject, e.FromEmail, e.FromName, e.To, e.Cc, e.SentAt, e.ReceivedAt,
                e.Direction,
                db.EmailContents.Where(c => c.EmailMessageId == e.Id).Select(c => c.TextBody).FirstOrDefault(),
                db.EmailContents.Any(c => c.EmailMessageId == e.Id && c.HtmlBody != null),
                e.AnalysisState, e.ProcessedAt, e.Attempts, e.LastError, e.PersonId,
                db.Interactions.Where(i => i.EmailMessageId == e.Id).Select(i => (Guid?)i.Id).FirstOrDefault()))
            .SingleOrDefaultAsync(cancellationToken) is { } email
            ? TypedResults.Ok(email)
            : TypedResults.NotFound();

    private static async Task<Results<JsonHttpResult<AnalysisDocument>, NotFound, NotFound<ProblemDetails>>> AnalysisAsync(
        Guid id, RelaisDbContext db, CancellationToken cancellationToken)
    {
        var email = await db.EmailMessages.AsNoTracking().Where(e => e.Id == id)
            .Select(e => new EmailMessage
            {
                Id = e.Id, ExternalId = e.ExternalId, MessageIdHeader = e.MessageIdHeader, FromEmail = e.FromEmail, FromName = e.FromName,
                ContentHash = e.ContentHash, AnalysisState = e.AnalysisState,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (email is null)
        {
            return TypedResults.NotFound();
        }

        var analysis = await db.Analyses.AsNoTracking().SingleOrDefaultAsync(a => a.EmailMessageId == id, cancellationToken);
        if (analysis is null)
        {
            return TypedResults.NotFound(new ProblemDetails
            {
                Status = StatusCodes.Status404NotFound,
                Title = "Not analysed yet",
                Detail = $"The email is {EnumCodes.CodeOf(email.AnalysisState)}: run an autofill job to analyse it.",
            });
        }

        return TypedResults.Json(AnalysisRows.ToDocument(analysis, email), AnalysisJsonContext.Default.AnalysisDocument);
    }
}
