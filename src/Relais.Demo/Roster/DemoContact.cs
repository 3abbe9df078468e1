namespace Relais.Demo.Roster;

/// <summary>
/// A fictitious contact as their own signature shows them today. The CRM row is derived from it and
/// may lag behind (<see cref="CrmJobTitle"/>, <see cref="CrmPhone"/>, no mobile, no LinkedIn), which
/// is what gives autofill something to suggest.
/// </summary>
internal sealed record DemoContact(
    string FirstName,
    string LastName,
    char Gender,
    string Email,
    string OrgKey,
    string JobTitle,
    string? Phone,
    string? Mobile,
    SignatureLayout Layout,
    MailClient Client)
{
    /// <summary>False for new senders: autofill should create them.</summary>
    public bool InCrm { get; init; } = true;

    /// <summary>Left the organisation: still in the CRM, but mail to them bounces.</summary>
    public bool HasLeft { get; init; }

    /// <summary>The LinkedIn profile slug (linkedin.com/in/slug) shown in the signature.</summary>
    public string? Linkedin { get; init; }
    public bool ShowsFax { get; init; }

    /// <summary>The job title the CRM still holds (null: up to date).</summary>
    public string? CrmJobTitle { get; init; }

    /// <summary>The landline the CRM still holds (null: up to date).</summary>
    public string? CrmPhone { get; init; }
    public bool CrmKnowsPhone { get; init; } = true;
    public bool CrmKnowsMobile { get; init; } = true;
    public bool CrmKnowsLinkedin { get; init; }

    public DemoOrganisation Org => DemoOrganisations.Get(OrgKey);
    public string Language => Org.Country == "FR" ? "fr" : "en";
    public string FullName => FirstName + " " + LastName;
    public string? LinkedinUrl => Linkedin is null ? null : "https://www.linkedin.com/in/" + Linkedin;
}

internal enum SignatureLayout
{
    /// <summary>Name, title, company, address, phones, website: one item a line.</summary>
    Stacked,

    /// <summary>Stacked, after the "-- " separator.</summary>
    Dashed,

    /// <summary>"Name | Title | Company" then "T : … | M : …".</summary>
    Piped,

    /// <summary>"DUPONT Jean", the French administrative order.</summary>
    SurnameFirst,

    /// <summary>Two or three dense lines.</summary>
    Compact,

    /// <summary>US style: "Office:", "Cell:", one-line address.</summary>
    American,

    /// <summary>First name only: the contact never set up a signature.</summary>
    FirstNameOnly,
}

internal enum MailClient
{
    Outlook,
    OutlookLegacy,
    Gmail,
    AppleMail,
    Thunderbird,
}
