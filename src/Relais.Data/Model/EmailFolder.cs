namespace Relais.Data.Model;

/// <summary>
/// The sync state of one folder of an <see cref="EmailAccount"/>: messages up to <see cref="LastUid"/>
/// are stored; when the server's UIDVALIDITY changes, the folder is read again from the start
/// (duplicates are dropped by Message-ID and content hash).
/// </summary>
public sealed class EmailFolder : ITeamOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TeamId { get; set; }
    public Guid AccountId { get; set; }
    public required string Path { get; set; }
    public FolderRole Role { get; set; }
    public long? UidValidity { get; set; }
    public long LastUid { get; set; }
    public DateTimeOffset? LastSyncAt { get; set; }
}

public enum FolderRole
{
    Inbox,
    Sent,
    Other,
}
