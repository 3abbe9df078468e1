using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Relais.Data;
using Relais.Data.Model;
using Relais.Server.Features.Tenancy;
using Relais.Server.Features.Tokens;

namespace Relais.Server.Features.Auth;

internal static class AuthExtensions
{
    private const string BearerScheme = "bearer";

    public static IServiceCollection AddAuth(this IServiceCollection services)
    {
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section)
            .Validate(o => o.AccessTokenLifetime > TimeSpan.Zero && o.LoginPermitsPerAccount > 0 && o.LoginPermitsPerIp > 0, "Invalid Relais:Auth settings.")
            .Validate(
                o => o.SigningKey is null || (Convert.TryFromBase64String(o.SigningKey, new byte[o.SigningKey.Length], out var length) && length >= 32),
                "Relais:Auth:SigningKey must be base64 of at least 32 bytes (openssl rand -base64 48).")
            .ValidateOnStart();
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentTeam>();
        services.AddScoped<ITeamScope>(provider => provider.GetRequiredService<CurrentTeam>());
        services.AddSingleton<TeamScopes>();
        services.AddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
        services.AddSingleton<SigningKeyStore>();
        services.AddSingleton<JwtIssuer>();
        services.AddSingleton<LoginThrottle>();
        services.AddScoped<LoginService>();
        services.AddScoped<ApiTokens>();

        services.AddAuthentication(BearerScheme)
            .AddPolicyScheme(BearerScheme, "Login JWT or API token", options => options.ForwardDefaultSelector = context =>
                ApiTokenAuthenticationHandler.BearerValue(context.Request)?.StartsWith(ApiTokens.SecretPrefix, StringComparison.Ordinal) == true
                    ? ApiTokenAuthenticationHandler.SchemeName
                    : JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;
                options.Events = new JwtBearerEvents { OnTokenValidated = RejectInactiveUserAsync };
            })
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null);
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<SigningKeyStore, TimeProvider>((options, keys, time) => options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = AuthOptions.Issuer,
                ValidAudience = AuthOptions.Issuer,
                IssuerSigningKey = keys.Key,
                NameClaimType = RelaisClaims.Subject,
                RoleClaimType = RelaisClaims.Role,
                ClockSkew = TimeSpan.FromSeconds(30),

                // Lifetime by the injected clock, so tests with a fake clock see tokens expire.
                LifetimeValidator = (notBefore, expires, _, parameters) =>
                {
                    var now = time.GetUtcNow().UtcDateTime;
                    return expires is { } end && now < end + parameters.ClockSkew && (notBefore is null || notBefore <= now + parameters.ClockSkew);
                },
            });
        Policies.Add(services.AddAuthorizationBuilder());
        services.AddRateLimiter(AddLoginLimit);
        return services;
    }

    public static WebApplication UseAuth(this WebApplication app)
    {
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    /// <summary>A login token dies with its user: deactivated or deleted users are refused at once, not at expiry.</summary>
    private static async Task RejectInactiveUserAsync(TokenValidatedContext context)
    {
        var userId = context.Principal?.UserId();
        var db = context.HttpContext.RequestServices.GetRequiredService<RelaisDbContext>();
        var active = userId is not null && await db.Users.IgnoreQueryFilters([RelaisDbContext.TeamFilter])
            .AnyAsync(u => u.Id == userId && u.Active, context.HttpContext.RequestAborted);
        if (!active)
        {
            context.Fail("The user of this token is no longer active.");
        }
    }

    private static void AddLoginLimit(RateLimiterOptions options)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.AddPolicy(AuthEndpoints.LoginRateLimit, context =>
        {
            var auth = context.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value;
            return RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = auth.LoginPermitsPerIp, Window = auth.LoginWindow, QueueLimit = 0 });
        });
        options.OnRejected = async (rejected, _) =>
        {
            var context = rejected.HttpContext;
            var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var delay) ? delay : TimeSpan.FromMinutes(1);
            TooManyAttempts.SetRetryAfter(context, retryAfter);
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = TooManyAttempts.Problem(retryAfter),
            });
        };
    }
}
