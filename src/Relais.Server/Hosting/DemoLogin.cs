namespace Relais.Server.Hosting;

/// <summary>The embedded demo's admin (README: demo only). Any other deployment runs <c>relais user create</c>.</summary>
internal static class DemoLogin
{
    public const string TeamName = "Démo";
    public const string Email = "admin@demo.relais";
    public const string Password = "relais-demo";
}
