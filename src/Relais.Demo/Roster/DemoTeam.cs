using Relais.Data.Model;

namespace Relais.Demo.Roster;

/// <summary>A user of the demo team; the mailbox is theirs.</summary>
internal sealed record DemoTeamMember(
    string FirstName,
    string LastName,
    char Gender,
    string Email,
    Role Role,
    string Password,
    string JobTitleFr,
    string JobTitleEn,
    string Phone,
    string Mobile)
{
    public string FullName => FirstName + " " + LastName;
}

/// <summary>The demo team: a small Paris asset manager whose sales team uses Relais.</summary>
internal static class DemoTeam
{
    public const string Name = DemoLogin.TeamName;
    public const string Company = "Relais Démo Gestion";
    public const string Domain = "relais-demo.fr";
    public const string LoginDomain = "demo.relais";
    public const string Website = "https://www.relais-demo.fr";
    public const string SharedInbox = "contact@relais-demo.fr";
    public static readonly IReadOnlyList<string> AddressLines = ["10, rue Laffitte", "75009 Paris"];

    // The three logins are documented in the README and printed by relais serve (demo only).
    public static readonly DemoTeamMember Admin = new("Administrateur", "Démo", 'M', DemoLogin.Email, Role.Admin,
        DemoLogin.Password, "Administrateur", "Administrator", "+33199004500", "+33639984500");

    public static readonly DemoTeamMember Manager = new("Camille", "Bertrand", 'F', "camille.bertrand@relais-demo.fr", Role.Manager,
        "relais-demo-manager", "Directrice du développement commercial", "Head of Business Development",
        "+33199004510", "+33639984510");

    public static readonly DemoTeamMember Member = new("Thomas", "Lefèvre", 'M', "thomas.lefevre@relais-demo.fr", Role.Member,
        "relais-demo-member", "Chargé de relations investisseurs", "Investor Relations Manager",
        "+33199004520", "+33639984520");

    /// <summary>A fund manager who is not a Relais user; appears only in forwarded commentary.</summary>
    public static readonly DemoTeamMember FundManager = new("Guillaume", "Perret", 'M', "guillaume.perret@relais-demo.fr", Role.Member,
        "", "Gérant de portefeuille", "Portfolio Manager", "+33199004530", "+33639984530");

    public static readonly IReadOnlyList<DemoTeamMember> Users = [Admin, Manager, Member];

    /// <summary>The relationship owner: organisations are split between the two sales people.</summary>
    public static DemoTeamMember OwnerOf(DemoContact contact)
    {
        var index = DemoOrganisations.All.ToList().FindIndex(o => o.Key == contact.OrgKey);
        return index % 2 == 0 ? Manager : Member;
    }

    public static readonly IReadOnlyList<string> Funds =
    [
        "Relais Actions Europe ISR", "Relais Obligations 2029", "Relais Patrimoine Flexible",
        "Relais Small Caps France", "Relais Crédit Court Terme",
    ];
}
