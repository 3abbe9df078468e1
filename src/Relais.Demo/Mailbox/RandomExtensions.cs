namespace Relais.Demo.Mailbox;

internal static class RandomExtensions
{
    public static T Pick<T>(this Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    /// <summary>For inline lists: <c>rng.Pick(["a", "b"])</c>.</summary>
    public static string Pick(this Random rng, string[] items) => items[rng.Next(items.Length)];

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public static bool Chance(this Random rng, double p) => rng.NextDouble() < p;

    public static string Hex(this Random rng, int length)
    {
        var bytes = new byte[(length + 1) / 2];
        rng.NextBytes(bytes);
        return Convert.ToHexString(bytes)[..length];
    }

    public static Guid NextGuid(this Random rng)
    {
        var bytes = new byte[16];
        rng.NextBytes(bytes);
        return new Guid(bytes);
    }
}
