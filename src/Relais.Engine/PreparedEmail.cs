using System.Security.Cryptography;
using System.Text;
using Relais.Engine.Mime;
using Relais.Engine.Signatures;

namespace Relais.Engine;

/// <summary>
/// The first half of an analysis (<see cref="EmailAnalyzer.Prepare(Stream, string?)"/>): the message
/// read and cleaned, automated mail recognised, the signature found. Its keys name the inputs of the
/// second half, so a caller can cache the contact fields and the intent of inputs it has seen.
/// </summary>
public sealed class PreparedEmail
{
    internal PreparedEmail(ReadMessage read, string? source, long started)
    {
        Read = read;
        Own = read.OwnLines;
        Source = source;
        Started = started;
    }

    internal ReadMessage Read { get; }
    internal string[] Own { get; set; }
    internal SignatureSpan? Signature { get; set; }
    internal string? Failure { get; set; }
    internal long Started { get; }

    /// <summary>Where the message came from (file path, caller's id).</summary>
    public string? Source { get; }

    /// <summary>Null for human mail, else the kind of automated mail.</summary>
    public AutomatedKind? Automated { get; internal set; }

    /// <summary>The sender from the From header.</summary>
    public Sender? From => Read.From;

    /// <summary>
    /// Hash of everything contact extraction reads (signature lines, sender, default region, engine
    /// version); null when the message has no signature or is automated.
    /// </summary>
    public string? SignatureKey { get; internal set; }

    /// <summary>Hash of everything intent and needs-reply read (subject, the sender's text, engine version); null for automated mail.</summary>
    public string? TextKey { get; internal set; }

    internal string[] SignatureLines => Signature is { } span ? Own[span.Start..(span.Start + span.Length)] : [];

    internal string[] TextLines => Signature is { } span ? Own[..span.Start] : Own;

    internal static string Key(string task, string? region, Sender? from, string? head, string[] lines)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, "relais-engine/" + EmailAnalyzer.Version);
        Append(hash, task);
        Append(hash, region);
        Append(hash, from?.Email);
        Append(hash, from?.Name);
        Append(hash, head);
        foreach (var line in lines)
        {
            Append(hash, line.Trim());
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    // Each part ends with a separator no cleaned line contains, so ("ab","c") and ("a","bc") differ.
    private static void Append(IncrementalHash hash, string? part)
    {
        if (part is not null)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(part));
        }

        hash.AppendData("\u0000"u8);
    }
}

/// <summary>Results of the second half of an analysis that the caller kept from an earlier message with the same key.</summary>
public sealed record CachedResults
{
    /// <summary>The contact fields of a message with the same <see cref="PreparedEmail.SignatureKey"/>.</summary>
    public ContactFields? Contact { get; init; }

    /// <summary>The intent of a message with the same <see cref="PreparedEmail.TextKey"/> (with <see cref="NeedsReply"/>).</summary>
    public IntentPrediction? Intent { get; init; }

    /// <summary>The needs-reply decision of a message with the same <see cref="PreparedEmail.TextKey"/>.</summary>
    public NeedsReplyPrediction? NeedsReply { get; init; }
}
