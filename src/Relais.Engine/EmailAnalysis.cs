namespace Relais.Engine;

/// <summary>The engine's answer for one message: the output contract of SPEC section 3.</summary>
public sealed record EmailAnalysis
{
    /// <summary>Where the message came from (file path, mbox path with <c>#n</c>, or caller's id).</summary>
    public string? Source { get; init; }

    /// <summary>The Message-ID header, with its angle brackets, or null.</summary>
    public string? MessageId { get; init; }

    /// <summary>ISO 639-1 code of the sender's own text (<c>fr</c>, <c>en</c>, ...), or null when unknown.</summary>
    public string? Language { get; init; }

    /// <summary>The sender from the From header.</summary>
    public Sender? From { get; init; }

    /// <summary>Null for human mail, else the kind of automated mail.</summary>
    public AutomatedKind? Automated { get; init; }

    /// <summary>What the sender wrote: cleaned body without quotes, forwards and signature.</summary>
    public string Text { get; init; } = "";

    /// <summary>The sender's sign-off and signature block, or null when there is none.</summary>
    public SignatureBlock? Signature { get; init; }

    /// <summary>Contact fields found for the sender, each with its own confidence.</summary>
    public ContactFields Contact { get; init; } = ContactFields.Empty;

    /// <summary>What the message wants.</summary>
    public IntentPrediction Intent { get; init; } = IntentPrediction.Other;

    /// <summary>Whether the message asks the recipient for something.</summary>
    public NeedsReplyPrediction NeedsReply { get; init; } = NeedsReplyPrediction.No;

    /// <summary>Wall time spent analysing this message, in milliseconds.</summary>
    public double ElapsedMs { get; init; }

    /// <summary>Set when the input was partly unreadable; the other fields hold what could be read.</summary>
    public string? Error { get; init; }
}

/// <summary>The From header's address and display name.</summary>
public sealed record Sender(string Email, string? Name);

/// <summary>Kinds of automated mail; automated mail never creates contacts or triggers routing.</summary>
public enum AutomatedKind
{
    /// <summary>Out-of-office and other RFC 3834 automatic replies.</summary>
    AutoReply,

    /// <summary>Delivery status notifications.</summary>
    Bounce,

    /// <summary>Newsletters, mailing lists, no-reply senders.</summary>
    Bulk,
}

/// <summary>The sender's sign-off and signature as lines of the cleaned text.</summary>
public sealed record SignatureBlock(string Text, double Confidence);

/// <summary>Where a contact value was read.</summary>
public enum FieldSource
{
    /// <summary>From the signature block.</summary>
    Signature,

    /// <summary>From the message headers (From address, display name).</summary>
    Header,

    /// <summary>Derived from the sender's email domain.</summary>
    Domain,
}

/// <summary>One extracted value with the engine's calibrated probability that it is right.</summary>
public sealed record FieldValue(string Value, double Confidence, FieldSource Source);

/// <summary>The contact fields of SPEC section 3; each is null when unknown.</summary>
public sealed record ContactFields
{
    /// <summary>No field known.</summary>
    public static readonly ContactFields Empty = new();

    /// <summary>Full name as written (display name or signature).</summary>
    public FieldValue? FullName { get; init; }
    /// <summary>Given name(s).</summary>
    public FieldValue? FirstName { get; init; }
    /// <summary>Family name, particles included (de, van, von).</summary>
    public FieldValue? LastName { get; init; }
    /// <summary>Job title.</summary>
    public FieldValue? JobTitle { get; init; }
    /// <summary>Company or organisation name.</summary>
    public FieldValue? Company { get; init; }
    /// <summary>Email address, lower-case.</summary>
    public FieldValue? Email { get; init; }
    /// <summary>Landline in E.164.</summary>
    public FieldValue? Phone { get; init; }
    /// <summary>Mobile number in E.164.</summary>
    public FieldValue? Mobile { get; init; }
    /// <summary>Fax number in E.164.</summary>
    public FieldValue? Fax { get; init; }
    /// <summary>Web site as an absolute https URL.</summary>
    public FieldValue? Website { get; init; }
    /// <summary>LinkedIn profile as an absolute https URL.</summary>
    public FieldValue? Linkedin { get; init; }
    /// <summary>Postal address on one line.</summary>
    public FieldValue? Address { get; init; }
}

/// <summary>One of the ten intent labels of SPEC section 4, with its calibrated confidence.</summary>
public sealed record IntentPrediction(Intent Label, double Confidence)
{
    /// <summary>Nothing clear.</summary>
    public static readonly IntentPrediction Other = new(Intent.Other, 0);
}

/// <summary>Whether the message asks the recipient for something, with its calibrated confidence.</summary>
public sealed record NeedsReplyPrediction(bool Value, double Confidence)
{
    /// <summary>No request found.</summary>
    public static readonly NeedsReplyPrediction No = new(false, 0);
}
