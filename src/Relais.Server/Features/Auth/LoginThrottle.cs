using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Relais.Server.Features.Auth;

/// <summary>
/// Per-account login limit. The per-IP limit runs in the rate-limiting middleware; this one needs the
/// email from the body, so the handler asks it. Same primitives, partitioned by normalised email.
/// </summary>
internal sealed class LoginThrottle(IOptions<AuthOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(
        email => RateLimitPartition.GetFixedWindowLimiter(email, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.LoginPermitsPerAccount,
            Window = options.Value.LoginWindow,
            QueueLimit = 0,
        }));

    /// <summary>Takes one attempt for the account; false, with a retry delay, when it has none left.</summary>
    public bool TryAcquire(string email, out TimeSpan retryAfter)
    {
        using var lease = _limiter.AttemptAcquire(email.Trim().ToLowerInvariant());
        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var delay) ? delay : options.Value.LoginWindow;
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
