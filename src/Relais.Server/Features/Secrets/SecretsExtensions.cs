namespace Relais.Server.Features.Secrets;

internal static class SecretsExtensions
{
    public static IServiceCollection AddSecrets(this IServiceCollection services)
    {
        services.AddOptions<SecretsOptions>().BindConfiguration(SecretsOptions.Section)
            .Validate(o => SecretsOptions.IsValidKey(o.Key), "Relais:Secrets:Key must be base64 of exactly 32 bytes (openssl rand -base64 32).")
            .ValidateOnStart();
        services.AddSingleton<SecretBox>();
        return services;
    }
}
