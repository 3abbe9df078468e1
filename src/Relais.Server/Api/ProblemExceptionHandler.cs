using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Relais.Server.Api;

/// <summary>
/// The one place unexpected failures become ProblemDetails. Expected outcomes (not found, conflict)
/// are results in the handlers; this only maps what escapes them.
/// </summary>
internal sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, bad.Message),
            DbUpdateConcurrencyException => (StatusCodes.Status409Conflict, "The resource was changed by someone else; reload and retry."),
            DbUpdateException => (StatusCodes.Status409Conflict, "The change conflicts with existing data."),
            _ => (StatusCodes.Status500InternalServerError, "An unexpected error occurred."),
        };
        if (status >= StatusCodes.Status500InternalServerError)
        {
            LogUnhandled(logger, exception, httpContext.Request.Method, httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint?.DisplayName);
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = status,
                Title = title,
                Extensions = { ["trace_id"] = httpContext.Features.Get<IHttpActivityFeature>()?.Activity.Id ?? httpContext.TraceIdentifier },
            },
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception on {Method} {Endpoint}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string? endpoint);
}
