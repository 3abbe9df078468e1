namespace Relais.Data.Model;

/// <summary>
/// A sender of inbound mail to the team (table <c>email_senders</c>), with all their mail so far:
/// emails received and the intents of those analysed. The address is lower-case, as ingestion writes it.
/// </summary>
public sealed class EmailSender : ITeamOwned
{
    public Guid TeamId { get; set; }
    public required string Sender { get; set; }
    public string? SenderName { get; set; }
    public DateTimeOffset LastReceivedAt { get; set; }
    public int Emails { get; set; }
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

/// <summary>
/// A sender's mail received up to and including a UTC day (table <c>email_sender_days</c>): running
/// totals, one row per day the sender wrote. Their mail of the last N days is their total less the
/// running total of the last row before the window: one index seek per sender, whatever the window.
/// </summary>
public sealed class EmailSenderDay : ITeamOwned
{
    public Guid TeamId { get; set; }
    public required string Sender { get; set; }
    public DateOnly Day { get; set; }
    public int Emails { get; set; }
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

