namespace Relais.Demo.Roster;

/// <summary>Everyone who writes to or is written to by the demo team.</summary>
internal static class DemoRoster
{
    public static readonly IReadOnlyList<DemoContact> Contacts = [.. DemoPeopleFr.All, .. DemoPeopleEn.All];

    /// <summary>Contacts who still work where the CRM says and can write.</summary>
    public static readonly IReadOnlyList<DemoContact> Active = [.. Contacts.Where(c => !c.HasLeft)];

    public static readonly IReadOnlyList<DemoContact> Departed = [.. Contacts.Where(c => c.HasLeft)];

    public static IEnumerable<DemoContact> ColleaguesOf(DemoContact contact) =>
        Active.Where(c => c.OrgKey == contact.OrgKey && c != contact);
}
