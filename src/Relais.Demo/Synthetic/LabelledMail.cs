namespace Relais.Demo.Synthetic;

/// <summary>One message for signature training: the sender's own lines, which of them are signature, and the sender.</summary>
/// <param name="Source">File name or generator id.</param>
/// <param name="Lines">The sender's own lines, as the engine's pipeline cuts them.</param>
/// <param name="Signature">Per line: part of the sign-off and signature block.</param>
/// <param name="From">The From header.</param>
public sealed record LabelledMail(string Source, string[] Lines, bool[] Signature, Relais.Engine.Sender? From);
