namespace Relais.Data.Model;

/// <summary>
/// A sender's inbound mail over one period (table <c>email_sender_periods</c>): a UTC day, or a
/// calendar month (<see cref="Monthly"/>, <see cref="Start"/> its first day), by received date, with
/// the intents of the mail analysed since. A window of top senders sums its whole months and the
/// days of its first, partial month. The address is stored lower-case, as ingestion writes it.
/// </summary>
public sealed class EmailSenderPeriod : ITeamOwned
{
    public Guid TeamId { get; set; }
    public bool Monthly { get; set; }
    public DateOnly Start { get; set; }
    public required string Sender { get; set; }
    public string? SenderName { get; set; }
    public int Emails { get; set; }
    public DateTimeOffset LastReceivedAt { get; set; }
    public int MeetingRequest { get; set; }
    public int InfoRequest { get; set; }
    public int FollowUp { get; set; }
    public int Introduction { get; set; }
    public int QuotationRequest { get; set; }
    public int Closing { get; set; }
    public int Complaint { get; set; }
    public int ThankYou { get; set; }
    public int Unsubscribe { get; set; }
    public int Other { get; set; }
}
