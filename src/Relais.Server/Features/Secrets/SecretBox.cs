using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Relais.Server.Hosting;

namespace Relais.Server.Features.Secrets;

/// <summary>
/// Encrypts the secrets Relais must give back to other servers (mailbox passwords) with AES-256-GCM
/// under a key kept outside the database: <c>v1:base64(nonce | ciphertext | tag)</c>, a fresh random
/// nonce each time. Each secret is bound to the row it belongs to (the associated data), so a
/// ciphertext copied onto another row does not open.
/// </summary>
public sealed class SecretBox(IOptions<SecretsOptions> options, IOptions<RelaisOptions> relais)
{
    public const int KeyLength = 32;
    private const string Version = "v1:";
    private const int NonceLength = 12;
    private const int TagLength = 16;

    private readonly Lazy<byte[]> _key = new(() => options.Value.Key is { Length: > 0 } configured
        ? Convert.FromBase64String(configured)
        : KeyFile.ReadOrCreate(relais.Value.DataDir, "secrets.key", KeyLength));

    /// <summary>The sealed form of <paramref name="secret"/>, which only <see cref="TryOpen"/> with the same <paramref name="context"/> opens.</summary>
    public string Seal(string secret, string context)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var plaintext = Encoding.UTF8.GetBytes(secret);
        var sealedBytes = new byte[NonceLength + plaintext.Length + TagLength];
        var nonce = sealedBytes.AsSpan(0, NonceLength);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key.Value, TagLength);
        aes.Encrypt(nonce, plaintext, sealedBytes.AsSpan(NonceLength, plaintext.Length), sealedBytes.AsSpan(NonceLength + plaintext.Length), Encoding.UTF8.GetBytes(context));
        CryptographicOperations.ZeroMemory(plaintext);
        return Version + Convert.ToBase64String(sealedBytes);
    }

    /// <summary>
    /// Opens a sealed secret; false when it was sealed under another key or context, was altered, or
    /// is not in a known format. Never throws for bad input: the caller says what it means.
    /// </summary>
    public bool TryOpen(string? sealedSecret, string context, [NotNullWhen(true)] out string? secret)
    {
        secret = null;
        if (sealedSecret is null || !sealedSecret.StartsWith(Version, StringComparison.Ordinal))
        {
            return false;
        }

        var data = new byte[sealedSecret.Length];
        if (!Convert.TryFromBase64String(sealedSecret[Version.Length..], data, out var length) || length < NonceLength + TagLength)
        {
            return false;
        }

        var cipherLength = length - NonceLength - TagLength;
        var plaintext = new byte[cipherLength];
        try
        {
            using var aes = new AesGcm(_key.Value, TagLength);
            aes.Decrypt(data.AsSpan(0, NonceLength), data.AsSpan(NonceLength, cipherLength), data.AsSpan(NonceLength + cipherLength, TagLength), plaintext, Encoding.UTF8.GetBytes(context));
        }
        catch (AuthenticationTagMismatchException)
        {
            return false;
        }

        secret = Encoding.UTF8.GetString(plaintext);
        CryptographicOperations.ZeroMemory(plaintext);
        return true;
    }
}
