namespace Relais.Demo.Roster;

/// <summary>
/// A fictitious organisation as its staff's signatures show it; the CRM row is derived from it.
/// Phones are E.164; <see cref="AddressLines"/> is how the address is written in signatures.
/// </summary>
internal sealed record DemoOrganisation(
    string Key,
    string Name,
    string Domain,
    string Type,
    string Country,
    string Street,
    string Postcode,
    string City,
    IReadOnlyList<string> AddressLines,
    string Phone,
    string? Fax)
{
    /// <summary>False for organisations that only new senders belong to (autofill creates them).</summary>
    public bool InCrm { get; init; } = true;
    public string? PipelineStage { get; init; }

    /// <summary>Index into <c>Disclaimers</c>; banks and UK firms append one to every mail.</summary>
    public int? Disclaimer { get; init; }
    public string Website => "https://www." + Domain;
    public DemoZone Zone => Country switch
    {
        "GB" => DemoZone.London,
        "US" => DemoZone.NewYork,
        _ => DemoZone.Paris,
    };
}

internal enum DemoZone
{
    Paris,
    London,
    NewYork,
}
