namespace Relais.Data.Model;

/// <summary>What an email says (table <c>email_contents</c>, one row per <see cref="EmailMessage"/>), kept for re-analysis until the retention period ends.</summary>
public sealed class EmailContent : ITeamOwned
{
    public Guid EmailMessageId { get; set; }
    public Guid TeamId { get; set; }

    /// <summary>The raw RFC 5322 message as received.</summary>
    public byte[]? RawMime { get; set; }
    public string? TextBody { get; set; }
    public string? HtmlBody { get; set; }
}
