namespace Relais.Server.Features.Auth;

/// <summary>Configuration section <c>Relais:Auth</c>.</summary>
public sealed class AuthOptions
{
    public const string Section = "Relais:Auth";
    public const string Issuer = "relais";

    /// <summary>Base64 HMAC key; when absent, one is generated once under the data directory.</summary>
    public string? SigningKey { get; set; }

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Login attempts allowed per client IP address per window.</summary>
    public int LoginPermitsPerIp { get; set; } = 20;

    /// <summary>Login attempts allowed per account (email) per window, whichever IP they come from.</summary>
    public int LoginPermitsPerAccount { get; set; } = 5;

    public TimeSpan LoginWindow { get; set; } = TimeSpan.FromMinutes(1);
}
