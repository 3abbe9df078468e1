namespace Relais.Demo.Roster;

/// <summary>
/// Fictitious organisations. Phone numbers come from the ranges the regulators reserve for fiction
/// (ARCEP 01 99 00 / 04 65 71 / 06 39 98, Ofcom 020 7946 0 / 0131 496 0 / 07700 900, US 555-01xx).
/// </summary>
internal static class DemoOrganisations
{
    public static readonly IReadOnlyList<DemoOrganisation> All =
    [
        new("helios", "Hélios Gestion", "helios-gestion.fr", "asset_manager", "FR", "38, avenue Hoche", "75008", "Paris",
            ["38, avenue Hoche", "75008 Paris"], "+33199001000", "+33199001099") { PipelineStage = "client" },
        new("valmont", "Banque Valmont & Associés", "banque-valmont.fr", "private_bank", "FR", "21, boulevard Haussmann", "75441", "Paris",
            ["21, boulevard Haussmann", "CS 40217", "75441 PARIS CEDEX 09"], "+33199001100", "+33199001199")
            { PipelineStage = "négociation", Disclaimer = 0 },
        new("delorme", "Delorme Family Office", "delorme-family.fr", "family_office", "FR", "12, quai Saint-Antoine", "69244", "Lyon",
            ["12, quai Saint-Antoine", "BP 4521", "69244 Lyon Cedex 02"], "+33465710200", null) { PipelineStage = "client" },
        new("lorraine", "Prévoyance Lorraine Assurances", "prevoyance-lorraine.fr", "insurer", "FR", "4, rue des Carmes", "54035", "Nancy",
            ["4, rue des Carmes", "CS 70052 – 54035 Nancy Cedex"], "+33199001300", "+33199001399")
            { PipelineStage = "proposition", Disclaimer = 1 },
        new("oceane", "Océane Patrimoine", "oceane-patrimoine.fr", "wealth_advisor", "FR", "8, allée Duguay-Trouin", "44000", "Nantes",
            ["8, allée Duguay-Trouin – 44000 Nantes"], "+33199001400", null) { PipelineStage = "client" },
        new("aurele", "Aurèle Asset Management", "aurele-am.fr", "asset_manager", "FR", "112, rue de Richelieu", "75002", "Paris",
            ["112, rue de Richelieu", "75002 Paris"], "+33199001500", null) { PipelineStage = "prospect" },
        new("bastide", "Bastide Family Office", "bastide-fo.fr", "family_office", "FR", "3, rue Thiers", "13100", "Aix-en-Provence",
            ["Le Pavillon", "3, rue Thiers", "13100 Aix-en-Provence"], "+33465710600", null) { PipelineStage = "qualification" },
        new("vauban", "Institution de Prévoyance Vauban", "ip-vauban.fr", "pension_fund", "FR", "27, rue Nationale", "59020", "Lille",
            ["27, rue Nationale", "BP 90321", "59020 LILLE CEDEX"], "+33199001700", "+33199001799")
            { PipelineStage = "proposition", Disclaimer = 1 },
        new("estuaire", "Banque de l'Estuaire", "banque-estuaire.fr", "bank", "FR", "45, cours de l'Intendance", "33000", "Bordeaux",
            ["45, cours de l'Intendance", "33000 Bordeaux"], "+33199001800", "+33199001899") { PipelineStage = "prospect", Disclaimer = 0 },
        new("clairval", "Clairval Investissements", "clairval-invest.fr", "family_office", "FR", "9, rue de l'Église", "92200", "Neuilly-sur-Seine",
            ["9, rue de l'Église", "92200 Neuilly-sur-Seine"], "+33199001900", null) { PipelineStage = "client" },
        new("amvl", "Alliance Mutuelle du Val de Loire", "amvl-assurances.fr", "insurer", "FR", "16, boulevard Béranger", "37032", "Tours",
            ["16, boulevard Béranger", "CS 12340", "37032 Tours Cedex 1"], "+33199002000", null) { PipelineStage = "qualification" },
        new("thornbury", "Thornbury Capital Partners LLP", "thornbury-capital.co.uk", "asset_manager", "GB", "14 Cheapside", "EC2V 6AA", "London",
            ["14 Cheapside", "London EC2V 6AA", "United Kingdom"], "+442079460100", null) { PipelineStage = "client", Disclaimer = 2 },
        new("ashgrove", "Ashgrove Wealth Management Ltd", "ashgrove-wealth.co.uk", "wealth_manager", "GB", "22 Albyn Place", "EH2 4NG", "Edinburgh",
            ["22 Albyn Place, Edinburgh EH2 4NG"], "+441314960200", null) { PipelineStage = "proposition", Disclaimer = 2 },
        new("harlow", "Harlow & Finch Advisors LLC", "harlowfinch-advisors.com", "family_office", "US", "345 Park Avenue South, 12th Floor",
            "10010", "New York", ["345 Park Avenue South, 12th Floor", "New York, NY 10010"], "+12125550100", "+12125550199")
            { PipelineStage = "qualification", Disclaimer = 3 },
        new("kestrel", "Kestrel Bay Insurance Company", "kestrelbay-insurance.com", "insurer", "US", "200 Seaport Boulevard, Suite 900",
            "02210", "Boston", ["200 Seaport Boulevard, Suite 900", "Boston, MA 02210"], "+16175550100", null) { PipelineStage = "prospect" },

        // Only new senders belong to these: autofill has to create them.
        new("lumen", "Lumen Patrimoine Familial", "lumen-patrimoine.fr", "family_office", "FR", "5, rue Volney", "75002", "Paris",
            ["5, rue Volney – 75002 Paris"], "+33199002100", null) { InCrm = false },
        new("northgate", "Northgate Pension Trustees Ltd", "northgate-trustees.co.uk", "pension_fund", "GB", "8 Finsbury Circus", "EC2M 7AZ",
            "London", ["8 Finsbury Circus", "London EC2M 7AZ"], "+442079460700", null) { InCrm = false, Disclaimer = 2 },
        new("haddad", "Haddad Conseil", "haddad-conseil.fr", "consultant", "FR", "31, rue Sainte-Catherine", "33000", "Bordeaux",
            ["31, rue Sainte-Catherine, 33000 Bordeaux"], "+33199002200", null) { InCrm = false },
    ];

    private static readonly Dictionary<string, DemoOrganisation> ByKey = All.ToDictionary(o => o.Key);

    public static DemoOrganisation Get(string key) => ByKey[key];
}
