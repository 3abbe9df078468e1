using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Relais.Server.Hosting;

namespace Relais.Server.Features.Auth;

/// <summary>
/// The HMAC key that signs login tokens: from configuration when set, else generated on first use
/// and kept in <c>DATA_DIR/keys/jwt-signing.key</c> (owner-only) so tokens survive restarts.
/// </summary>
internal sealed class SigningKeyStore(IOptions<AuthOptions> auth, IOptions<RelaisOptions> relais)
{
    private readonly Lazy<SymmetricSecurityKey> _key = new(() => Load(auth.Value, relais.Value));

    public SymmetricSecurityKey Key => _key.Value;

    private static SymmetricSecurityKey Load(AuthOptions auth, RelaisOptions relais)
    {
        if (!string.IsNullOrWhiteSpace(auth.SigningKey))
        {
            return new SymmetricSecurityKey(Convert.FromBase64String(auth.SigningKey));
        }

        return new SymmetricSecurityKey(KeyFile.ReadOrCreate(relais.DataDir, "jwt-signing.key", 64));
    }
}
