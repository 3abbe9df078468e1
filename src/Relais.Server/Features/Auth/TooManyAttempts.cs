using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Relais.Server.Features.Auth;

/// <summary>The 429 both login limits answer with: ProblemDetails and a Retry-After header.</summary>
internal static class TooManyAttempts
{
    public const string Title = "Too many login attempts";

    public static ProblemDetails Problem(TimeSpan retryAfter) => new()
    {
        Status = StatusCodes.Status429TooManyRequests,
        Title = Title,
        Detail = $"Too many login attempts. Try again in {Seconds(retryAfter)} seconds.",
    };

    public static ProblemHttpResult Result(HttpContext context, TimeSpan retryAfter)
    {
        SetRetryAfter(context, retryAfter);
        return TypedResults.Problem(Problem(retryAfter));
    }

    public static void SetRetryAfter(HttpContext context, TimeSpan retryAfter) =>
        context.Response.Headers.RetryAfter = Seconds(retryAfter).ToString(CultureInfo.InvariantCulture);

    private static int Seconds(TimeSpan delay) => Math.Max(1, (int)Math.Ceiling(delay.TotalSeconds));
}
