namespace Relais.Server.Features.Secrets;

/// <summary>Configuration section <c>Relais:Secrets</c>.</summary>
public sealed class SecretsOptions
{
    public const string Section = "Relais:Secrets";

    /// <summary>
    /// Base64 of the 32-byte key that encrypts stored secrets (openssl rand -base64 32). Servers that
    /// share a database must share it; when absent, one is generated in <c>DATA_DIR/keys/secrets.key</c>.
    /// </summary>
    public string? Key { get; set; }

    internal static bool IsValidKey(string? key) =>
        string.IsNullOrEmpty(key) || (Convert.TryFromBase64String(key, new byte[key.Length], out var length) && length == SecretBox.KeyLength);
}
