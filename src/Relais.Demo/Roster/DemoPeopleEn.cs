using static Relais.Demo.Roster.MailClient;
using static Relais.Demo.Roster.SignatureLayout;

namespace Relais.Demo.Roster;

/// <summary>UK and US contacts.</summary>
internal static class DemoPeopleEn
{
    public static readonly IReadOnlyList<DemoContact> All =
    [
        new("Oliver", "Pembroke", 'M', "oliver.pembroke@thornbury-capital.co.uk", "thornbury", "Managing Partner",
            "+442079460121", "+447700900121", Stacked, Outlook) { Linkedin = "oliverpembroke", CrmKnowsLinkedin = true },
        new("Charlotte", "Ashworth", 'F', "charlotte.ashworth@thornbury-capital.co.uk", "thornbury", "Head of Fund Selection",
            "+442079460122", "+447700900122", Piped, Outlook) { CrmJobTitle = "Fund Analyst", Linkedin = "charlotte-ashworth" },
        new("James", "O'Connell", 'M', "james.oconnell@thornbury-capital.co.uk", "thornbury", "Investment Analyst",
            "+442079460123", null, Dashed, Gmail),
        new("Priya", "Raman", 'F', "priya.raman@thornbury-capital.co.uk", "thornbury", "Client Relationship Manager",
            "+442079460124", "+447700900124", Stacked, AppleMail),
        new("Alistair", "MacLeod", 'M', "alistair.macleod@ashgrove-wealth.co.uk", "ashgrove", "Chief Investment Officer",
            "+441314960221", "+447700900221", Stacked, OutlookLegacy),
        new("Fiona", "Drummond", 'F', "fiona.drummond@ashgrove-wealth.co.uk", "ashgrove", "Senior Wealth Manager",
            "+441314960222", "+447700900222", Compact, OutlookLegacy) { CrmPhone = "+441314960252" },
        new("Ewan", "Sinclair", 'M', "ewan.sinclair@ashgrove-wealth.co.uk", "ashgrove", "Research Associate",
            "+441314960223", null, FirstNameOnly, Gmail),
        new("Emma", "Clarke", 'F', "emma.clarke@ashgrove-wealth.co.uk", "ashgrove", "Portfolio Manager",
            "+441314960224", null, Stacked, Outlook) { HasLeft = true },
        new("Michael", "Brennan", 'M', "mbrennan@harlowfinch-advisors.com", "harlow", "Managing Director",
            "+12125550121", "+16465550121", American, Outlook) { Linkedin = "michaelbrennan-hf" },
        new("Sarah", "Goldberg", 'F', "sgoldberg@harlowfinch-advisors.com", "harlow", "Senior Vice President, Manager Research",
            "+12125550122", "+16465550122", American, AppleMail) { CrmPhone = "+12125550162" },
        new("David", "Kowalski", 'M', "dkowalski@harlowfinch-advisors.com", "harlow", "Associate",
            "+12125550123", null, Dashed, Gmail),
        new("Jennifer", "Walsh", 'F', "jennifer.walsh@kestrelbay-insurance.com", "kestrel", "Chief Investment Officer",
            "+16175550121", "+16175550181", American, OutlookLegacy),
        new("Robert", "Nakamura", 'M', "robert.nakamura@kestrelbay-insurance.com", "kestrel", "Portfolio Manager, Fixed Income",
            "+16175550122", null, Piped, OutlookLegacy) { Linkedin = "robert-nakamura-cfa" },

        // New senders, not yet in the CRM.
        new("Edward", "Whitfield", 'M', "edward.whitfield@northgate-trustees.co.uk", "northgate", "Trustee Director",
            "+442079460721", "+447700900721", Stacked, Outlook) { InCrm = false },
        new("Hannah", "Li", 'F', "hannah.li@thornbury-capital.co.uk", "thornbury", "Investment Analyst",
            "+442079460125", null, Dashed, Gmail) { InCrm = false },
    ];
}
