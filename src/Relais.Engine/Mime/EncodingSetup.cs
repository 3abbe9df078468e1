using System.Text;

namespace Relais.Engine.Mime;

/// <summary>Makes the legacy code pages (windows-1252, iso-8859-15, iso-2022-jp, ...) known to MimeKit.</summary>
internal static class EncodingSetup
{
    // .NET Core ships only UTF-*, ASCII and Latin-1 by default; mail still uses the old code pages.
    // Registering the provider is process-wide and idempotent, which is what we want.
    private static readonly bool Registered = Register();

    public static void Ensure() => _ = Registered;

    private static bool Register()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    }
}
