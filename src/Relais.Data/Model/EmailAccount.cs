using System.Text.Json.Serialization;

namespace Relais.Data.Model;

/// <summary>An IMAP mailbox of the team, synced incrementally folder by folder (<see cref="EmailFolder"/>).</summary>
public sealed class EmailAccount : ITeamOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TeamId { get; set; }
    public required string Name { get; set; }
    public required string Host { get; set; }
    public int Port { get; set; } = 993;
    public TlsMode TlsMode { get; set; } = TlsMode.Tls;
    public required string Username { get; set; }

    /// <summary>The mailbox's own address: mail from it is outbound (default: the user name when it is an address).</summary>
    public string? Address { get; set; }

    /// <summary>AES-256-GCM ciphertext of the password; the key lives outside the database.</summary>
    public string? EncryptedSecret { get; set; }

    /// <summary>Folders to sync; empty means the inbox and the sent folder, found by SPECIAL-USE or by name.</summary>
    public List<string> Folders { get; set; } = [];

    /// <summary>The mailbox owner agreed to its analysis.</summary>
    public bool Consent { get; set; }
    public bool Active { get; set; } = true;
    public DateTimeOffset? LastSyncAt { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

public enum TlsMode
{
    /// <summary>TLS from the first byte (IMAPS, port 993).</summary>
    Tls,

    /// <summary>Plain connection upgraded with STARTTLS, which is required (port 143).</summary>
    [JsonStringEnumMemberName("starttls")]
    StartTls,

    /// <summary>No encryption: only for a server on the same machine.</summary>
    None,
}
