namespace Relais.Engine.Signatures;

/// <summary>The signature as a range of the sender's own lines.</summary>
internal sealed record SignatureSpan(int Start, int Length, double Confidence);

internal static class SignatureDetector
{
    // Placeholder until the line classifier lands.
    public static SignatureSpan? Detect(IReadOnlyList<string> lines, Sender? from) => null;
}
