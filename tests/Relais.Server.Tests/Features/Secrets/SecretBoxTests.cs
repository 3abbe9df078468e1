using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Relais.Server.Features.Secrets;
using Relais.Server.Hosting;

namespace Relais.Server.Tests.Features.Secrets;

public sealed class SecretBoxTests : IDisposable
{
    private const string Password = "Mot-de-passe: été 2025 !";
    private const string Context = "email_accounts/0193a0c2-7b1e-7000-8000-000000000001";

    private readonly string _dataDir = Directory.CreateTempSubdirectory("relais-secrets-").FullName;

    public void Dispose() => Directory.Delete(_dataDir, recursive: true);

    [Fact]
    public void Seal_ThenTryOpen_ReturnsTheSecret()
    {
        var box = Box();

        var opened = box.TryOpen(box.Seal(Password, Context), Context, out var secret);

        Assert.True(opened);
        Assert.Equal(Password, secret);
    }

    [Fact]
    public void Seal_SameSecretTwice_IsVersionedRandomAndNeverShowsThePassword()
    {
        var box = Box();

        var first = box.Seal(Password, Context);
        var second = box.Seal(Password, Context);

        Assert.StartsWith("v1:", first, StringComparison.Ordinal);
        Assert.NotEqual(first, second);
        Assert.DoesNotContain("Mot-de-passe", first, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Convert.ToBase64String(Encoding.UTF8.GetBytes(Password)), first, StringComparison.Ordinal);
        Assert.Equal(12 + Encoding.UTF8.GetByteCount(Password) + 16, Convert.FromBase64String(first[3..]).Length);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(12)]
    [InlineData(-1)]
    public void TryOpen_AnyByteChanged_ReturnsFalse(int index)
    {
        var box = Box();
        var bytes = Convert.FromBase64String(box.Seal(Password, Context)[3..]);
        bytes[index < 0 ? bytes.Length + index : index] ^= 0x01;

        var opened = box.TryOpen("v1:" + Convert.ToBase64String(bytes), Context, out var secret);

        Assert.False(opened);
        Assert.Null(secret);
    }

    [Fact]
    public void TryOpen_SealedForAnotherRow_ReturnsFalse()
    {
        var box = Box();

        Assert.False(box.TryOpen(box.Seal(Password, Context), "email_accounts/another", out _));
    }

    [Fact]
    public void TryOpen_SealedUnderAnotherKey_ReturnsFalse()
    {
        var sealedSecret = Box(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))).Seal(Password, Context);

        Assert.False(Box(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))).TryOpen(sealedSecret, Context, out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("secret en clair")]
    [InlineData("v1:pas du base64")]
    [InlineData("v1:AAAA")]
    [InlineData("v2:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void TryOpen_NotASealedSecret_ReturnsFalse(string value) => Assert.False(Box().TryOpen(value, Context, out _));

    [Fact]
    public void Seal_WithoutConfiguredKey_CreatesAnOwnerOnlyKeyFileThatTheNextServerReuses()
    {
        var sealedSecret = Box().Seal(Password, Context);
        var path = Path.Combine(_dataDir, "keys", "secrets.key");

        Assert.True(File.Exists(path));
        Assert.Equal(32, Convert.FromBase64String(File.ReadAllText(path)).Length);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(path)!));
        }

        Assert.True(Box().TryOpen(sealedSecret, Context, out var secret));
        Assert.Equal(Password, secret);
    }

    [Fact]
    public void Seal_WithConfiguredKey_WritesNoKeyFileAndOpensOnAnotherServerWithTheSameKey()
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

        var sealedSecret = Box(key).Seal(Password, Context);

        Assert.False(Directory.Exists(Path.Combine(_dataDir, "keys")));
        Assert.True(new SecretBox(Options.Create(new SecretsOptions { Key = key }), Options.Create(new RelaisOptions { DataDir = "/nonexistent" }))
            .TryOpen(sealedSecret, Context, out var secret));
        Assert.Equal(Password, secret);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", true)]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA==", false)]
    [InlineData("not base64!", false)]
    public void IsValidKey_Accepts32BytesOnly(string? key, bool valid) => Assert.Equal(valid, SecretsOptions.IsValidKey(key));

    private SecretBox Box(string? key = null) =>
        new(Options.Create(new SecretsOptions { Key = key }), Options.Create(new RelaisOptions { DataDir = _dataDir }));
}
