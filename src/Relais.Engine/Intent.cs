namespace Relais.Engine;

/// <summary>The intent taxonomy of SPEC section 4; serialised in snake_case (<c>meeting_request</c>).</summary>
public enum Intent
{
    /// <summary>None of the others.</summary>
    Other,

    /// <summary>Asks for a meeting or call.</summary>
    MeetingRequest,

    /// <summary>Asks for information or documents.</summary>
    InfoRequest,

    /// <summary>Follows up an earlier exchange.</summary>
    FollowUp,

    /// <summary>First contact, introduces self or company.</summary>
    Introduction,

    /// <summary>Asks for a quote, pricing or commercial proposal.</summary>
    QuotationRequest,

    /// <summary>Agreement, signature, deal closed.</summary>
    Closing,

    /// <summary>Complaint or problem report.</summary>
    Complaint,

    /// <summary>Thanks.</summary>
    ThankYou,

    /// <summary>Asks to stop receiving mail.</summary>
    Unsubscribe,
}
