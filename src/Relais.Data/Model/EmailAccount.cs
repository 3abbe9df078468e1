namespace Relais.Data.Model;

public sealed class EmailAccount : ITeamOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TeamId { get; set; }
    public required string Name { get; set; }
    public required string Host { get; set; }
    public int Port { get; set; } = 993;
    public bool UseTls { get; set; } = true;
    public required string Username { get; set; }

    /// <summary>AES-256-GCM ciphertext of the password; the key lives outside the database.</summary>
    public string? EncryptedSecret { get; set; }
    public List<string> Folders { get; set; } = ["INBOX"];
    public long? UidValidity { get; set; }
    public long? LastUid { get; set; }

    /// <summary>The mailbox owner agreed to its analysis.</summary>
    public bool Consent { get; set; }
    public bool Active { get; set; } = true;
    public DateTimeOffset? LastSyncAt { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
