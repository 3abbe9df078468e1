namespace Relais.Engine.Tests.Contacts;

/// <summary>
/// Second batch of English signatures (invented people and firms): "Direct:" / "Switchboard:" / "Cell:",
/// one-letter "t / m / e" labels, Mr/Ms/Dr, CFA/PhD/Esq., extensions, two offices, registered-office
/// footers, social and environment lines, replies over a quoted thread. Every field is stated.
/// </summary>
internal static class EnglishSignatureStyles
{
    public static readonly Dictionary<string, ContactCase> All = new()
    {
        ["direct-switchboard-mobile"] = new(
            """
            Dear James,

            Please find attached our comments on the draft facility agreement.

            Kind regards,

            Rebecca Hughes
            Senior Associate
            Marlowe Stanton LLP
            Direct: +44 (0)20 7123 4567
            Switchboard: +44 (0)20 7123 4000
            Mobile: +44 (0)7911 123456
            www.marlowestanton.com
            """,
            "rebecca.hughes@marlowestanton.com", "Rebecca Hughes", "GB",
            "full_name=Rebecca Hughes", "first_name=Rebecca", "last_name=Hughes", "job_title=Senior Associate",
            "company=Marlowe Stanton LLP", "email=rebecca.hughes@marlowestanton.com", "phone=+442071234567", "mobile=+447911123456",
            "fax=", "website=https://www.marlowestanton.com", "linkedin=", "address="),
        ["switchboard-before-direct"] = new(
            """
            Hi Priya,

            The revised schedule is attached.

            Thanks,
            Owen Fletcher
            Project Manager
            Castlegate Engineering Ltd
            Switchboard: 0161 496 7000 | Direct: 0161 496 7243
            """,
            "owen.fletcher@castlegate-eng.co.uk", "Owen Fletcher", "GB",
            "full_name=Owen Fletcher", "first_name=Owen", "last_name=Fletcher", "job_title=Project Manager",
            "company=Castlegate Engineering Ltd", "email=owen.fletcher@castlegate-eng.co.uk", "phone=+441614967243", "mobile=",
            "fax=", "website=", "linkedin=", "address="),
        ["office-cell-us"] = new(
            """
            Hi Dana,

            Confirming our call for Thursday at 2pm Central.

            Best regards,
            Kevin Marsh
            Regional Sales Director
            Prairie Logistics Inc.
            Office: (312) 782-4410
            Cell: (773) 319-2201
            kmarsh@prairielogistics.com
            """,
            "kmarsh@prairielogistics.com", "Kevin Marsh", "US",
            "full_name=Kevin Marsh", "first_name=Kevin", "last_name=Marsh", "job_title=Regional Sales Director",
            "company=Prairie Logistics Inc.", "email=kmarsh@prairielogistics.com", "phone=+13127824410", "mobile=+17733192201",
            "fax=", "website=", "linkedin=", "address="),
        ["t-m-e-lower-case"] = new(
            """
            Hi all,

            Slides from this morning are in the shared folder.

            Best,
            Tom Walsh
            Head of Sales, EMEA
            Brightline Analytics Ltd
            t +44 20 3984 1200
            m +44 7911 234567
            e tom.walsh@brightline-analytics.com
            """,
            "tom.walsh@brightline-analytics.com", "Tom Walsh", "GB",
            "full_name=Tom Walsh", "first_name=Tom", "last_name=Walsh", "job_title=Head of Sales, EMEA",
            "company=Brightline Analytics Ltd", "email=tom.walsh@brightline-analytics.com", "phone=+442039841200",
            "mobile=+447911234567", "fax=", "website=", "linkedin=", "address="),
        ["t-m-upper-colon"] = new(
            """
            Morning Chris,

            Happy to join the panel in March.

            Cheers,
            Isla Grant
            Founder & CEO
            Thistle Data Ltd
            T: 0131 496 0800
            M: 07700 912345
            """,
            "isla@thistledata.co.uk", "Isla Grant", "GB",
            "full_name=Isla Grant", "first_name=Isla", "last_name=Grant", "job_title=Founder & CEO", "company=Thistle Data Ltd",
            "email=isla@thistledata.co.uk", "phone=+441314960800", "mobile=+447700912345", "fax=", "website=", "linkedin=", "address="),
        ["dr-prefix"] = new(
            """
            Dear Mr Patel,

            Thank you for your referral; we will contact the patient this week.

            Yours sincerely,

            Dr Sarah Collins
            Chief Medical Officer
            Halewood Health Partners
            12 Rodney Street
            Liverpool L1 9EF
            Tel: 0151 496 0123
            """,
            "s.collins@halewoodhealth.co.uk", "Sarah Collins", "GB",
            "full_name=Sarah Collins", "first_name=Sarah", "last_name=Collins", "job_title=Chief Medical Officer",
            "company=Halewood Health Partners", "email=s.collins@halewoodhealth.co.uk", "phone=+441514960123", "mobile=", "fax=",
            "website=", "linkedin=", "address=12 Rodney Street, Liverpool L1 9EF"),
        ["ms-prefix-dotted"] = new(
            """
            Hello,

            I am writing to confirm receipt of your application.

            Sincerely,
            Ms. Angela Ruiz
            Admissions Coordinator
            Westbrook College
            Phone: 503.725.4410
            """,
            "aruiz@westbrook.edu", "Angela Ruiz", "US",
            "full_name=Angela Ruiz", "first_name=Angela", "last_name=Ruiz", "job_title=Admissions Coordinator",
            "company=Westbrook College", "email=aruiz@westbrook.edu", "phone=+15037254410", "mobile=", "fax=", "website=",
            "linkedin=", "address="),
        ["mr-prefix"] = new(
            """
            Dear Sir or Madam,

            Please cancel my subscription from next month.

            Regards,
            Mr Henry Blake
            Finance Manager
            Blake & Sons Ltd
            Tel: 01632 960 123
            """,
            "henry.blake@blakeandsons.co.uk", "Henry Blake", "GB",
            "full_name=Henry Blake", "first_name=Henry", "last_name=Blake", "job_title=Finance Manager", "company=Blake & Sons Ltd",
            "email=henry.blake@blakeandsons.co.uk", "phone=+441632960123", "mobile=", "fax=", "website=", "linkedin=", "address="),
        ["phd-comma"] = new(
            """
            Hi Lena,

            The assay results look consistent with last quarter.

            Best wishes,
            Daniel Okafor, PhD
            Principal Scientist
            Corvane Biosciences
            Direct: +1 617 482 3391
            """,
            "dokafor@corvanebio.com", "Daniel Okafor", "US",
            "full_name=Daniel Okafor", "first_name=Daniel", "last_name=Okafor", "job_title=Principal Scientist",
            "company=Corvane Biosciences", "email=dokafor@corvanebio.com", "phone=+16174823391", "mobile=", "fax=", "website=",
            "linkedin=", "address="),
        ["cfa-no-comma"] = new(
            """
            Hi Mark,

            Our allocation to the fund stays unchanged for Q1.

            Regards,
            Rachel Kim CFA
            Portfolio Manager
            Juniper Ridge Capital
            T: +1 (415) 392-7710
            """,
            "rkim@juniperridgecap.com", "Rachel Kim", "US",
            "full_name=Rachel Kim", "first_name=Rachel", "last_name=Kim", "job_title=Portfolio Manager",
            "company=Juniper Ridge Capital", "email=rkim@juniperridgecap.com", "phone=+14153927710", "mobile=", "fax=", "website=",
            "linkedin=", "address="),
        ["esq-partner"] = new(
            """
            Counsel,

            Attached please find our responses to the second set of interrogatories.

            Very truly yours,

            Mark Feldman, Esq.
            Partner
            Feldman & Ortiz LLP
            1250 Broadway, Suite 2100
            New York, NY 10001
            Tel: (212) 643-1180
            Fax: (212) 643-1181
            """,
            "mfeldman@feldmanortiz.com", "Mark Feldman", "US",
            "full_name=Mark Feldman", "first_name=Mark", "last_name=Feldman", "job_title=Partner", "company=Feldman & Ortiz LLP",
            "email=mfeldman@feldmanortiz.com", "phone=+12126431180", "mobile=", "fax=+12126431181", "website=", "linkedin=",
            "address=1250 Broadway, Suite 2100, New York, NY 10001"),
        ["extension-ext"] = new(
            """
            Hi,

            Your replacement part ships today.

            Thank you,
            Maria Lopez
            Customer Service Representative
            Northshore Supply Co.
            Tel: +1 617 482 1100 ext. 245
            """,
            "maria.lopez@northshoresupply.com", "Maria Lopez", "US",
            "full_name=Maria Lopez", "first_name=Maria", "last_name=Lopez", "job_title=Customer Service Representative",
            "company=Northshore Supply Co.", "email=maria.lopez@northshoresupply.com", "phone=+16174821100", "mobile=", "fax=",
            "website=", "linkedin=", "address="),
        ["us-two-line-suite"] = new(
            """
            Hello Mr. Grant,

            We would be glad to host your team at our offices.

            Warm regards,
            Jessica Tran
            Office Manager
            Lakeview Partners
            200 West Madison Street, Suite 1500
            Chicago, IL 60606
            Main: (312) 555-0100
            """,
            "jtran@lakeviewpartners.com", "Jessica Tran", "US",
            "full_name=Jessica Tran", "first_name=Jessica", "last_name=Tran", "job_title=Office Manager", "company=Lakeview Partners",
            "email=jtran@lakeviewpartners.com", "phone=+13125550100", "mobile=", "fax=", "website=", "linkedin=",
            "address=200 West Madison Street, Suite 1500, Chicago, IL 60606"),
        ["uk-floor-two-line"] = new(
            """
            Dear Ms Okoro,

            Please see our fee proposal attached.

            Kind regards,
            Alexander Reid
            Director
            Reid Barrow Advisory
            3rd Floor, 25 Old Broad Street
            London EC2N 1HQ
            Direct: 020 7946 0321
            """,
            "alexander.reid@reidbarrow.co.uk", "Alexander Reid", "GB",
            "full_name=Alexander Reid", "first_name=Alexander", "last_name=Reid", "job_title=Director", "company=Reid Barrow Advisory",
            "email=alexander.reid@reidbarrow.co.uk", "phone=+442079460321", "mobile=", "fax=", "website=", "linkedin=",
            "address=3rd Floor, 25 Old Broad Street, London EC2N 1HQ"),
        ["pipes-t-m-e"] = new(
            """
            Hi Ben,

            Great meeting you at the summit. Let's find a time next week.

            Best,
            Laura Chen | VP Business Development | Northwind Robotics Inc.
            T: +1 206 555 0147 | M: +1 206 555 0199 | E: laura.chen@northwindrobotics.com
            """,
            "laura.chen@northwindrobotics.com", "Laura Chen", "US",
            "full_name=Laura Chen", "first_name=Laura", "last_name=Chen", "job_title=VP Business Development",
            "company=Northwind Robotics Inc.", "email=laura.chen@northwindrobotics.com", "phone=+12065550147", "mobile=+12065550199",
            "fax=", "website=", "linkedin=", "address="),
        ["linkedin-profile-follow-us"] = new(
            """
            Hi Sam,

            Sharing the case study we discussed.

            Regards,
            Priya Nair
            Marketing Manager
            Fernhill Software
            +44 20 7183 0555
            linkedin.com/in/priyanair
            Follow us on LinkedIn: linkedin.com/company/fernhill-software
            """,
            "priya.nair@fernhillsoftware.co.uk", "Priya Nair", "GB",
            "full_name=Priya Nair", "first_name=Priya", "last_name=Nair", "job_title=Marketing Manager", "company=Fernhill Software",
            "email=priya.nair@fernhillsoftware.co.uk", "phone=+442071830555", "mobile=", "fax=", "website=",
            "linkedin=https://www.linkedin.com/in/priyanair", "address="),
        ["two-offices-en"] = new(
            """
            Hi Julia,

            We can meet in either office.

            Best regards,
            Nathan Brooks
            Managing Director
            Brooks Whitley Partners
            New York | London
            500 Fifth Avenue, New York, NY 10110 | 1 King William Street, London EC4N 7AR
            +1 212 697 0110 | +44 20 7183 0110
            """,
            "nbrooks@brookswhitley.com", "Nathan Brooks", "US",
            "full_name=Nathan Brooks", "first_name=Nathan", "last_name=Brooks", "job_title=Managing Director",
            "company=Brooks Whitley Partners", "email=nbrooks@brookswhitley.com", "phone=+12126970110", "mobile=", "fax=",
            "website=", "linkedin=", "address=500 Fifth Avenue, New York, NY 10110"),
        ["environment-line-en"] = new(
            """
            Hi Grace,

            Invoice 4471 has been paid today.

            Many thanks,
            Oliver Grant
            Accounts Payable Clerk
            Hartley Foods Ltd
            Tel: 0113 496 0777
            Please consider the environment before printing this email.
            """,
            "oliver.grant@hartleyfoods.co.uk", "Oliver Grant", "GB",
            "full_name=Oliver Grant", "first_name=Oliver", "last_name=Grant", "job_title=Accounts Payable Clerk",
            "company=Hartley Foods Ltd", "email=oliver.grant@hartleyfoods.co.uk", "phone=+441134960777", "mobile=", "fax=",
            "website=", "linkedin=", "address=", "text=Hi Grace,\n\nInvoice 4471 has been paid today."),
        ["registered-office-footer"] = new(
            """
            Hi Tom,

            Our updated price list is attached.

            Kind regards,
            Sophie Turner
            Account Manager
            Greenleaf Packaging
            Tel: 0117 496 0432
            Greenleaf Packaging Ltd. Registered in England and Wales No. 08123456. Registered office: 4 Temple Quay, Bristol BS1 6EG.
            """,
            "sophie.turner@greenleafpackaging.co.uk", "Sophie Turner", "GB",
            "full_name=Sophie Turner", "first_name=Sophie", "last_name=Turner", "job_title=Account Manager",
            "company=Greenleaf Packaging", "email=sophie.turner@greenleafpackaging.co.uk", "phone=+441174960432", "mobile=", "fax=",
            "website=", "linkedin=", "address="),
        ["title-at-company"] = new(
            """
            Hi Rachel,

            Following up on the demo request from your team.

            Thanks,
            Ben Carter
            Account Executive at Lumen Systems
            (617) 482-0142
            """,
            "ben.carter@lumensystems.com", "Ben Carter", "US",
            "full_name=Ben Carter", "first_name=Ben", "last_name=Carter", "job_title=Account Executive", "company=Lumen Systems",
            "email=ben.carter@lumensystems.com", "phone=+16174820142", "mobile=", "fax=", "website=", "linkedin=", "address="),
        ["reply-signoff-over-quote-en"] = new(
            """
            Sounds good, thanks!

            Best,
            Mike Dawson
            Operations Lead
            Fairway Freight
            M: +1 (404) 555-0175

            On Tue, Nov 4, 2025 at 10:12 AM Anna Berg <anna.berg@coastline.com> wrote:
            > Hi Mike,
            >
            > Can your team take the Atlanta loads next week?
            >
            > Kind regards,
            > Anna Berg
            > Director of Procurement
            > Coastline Retail
            > Direct: (305) 555-0133
            """,
            "mike.dawson@fairway-freight.com", "Mike Dawson", "US",
            "full_name=Mike Dawson", "first_name=Mike", "last_name=Dawson", "job_title=Operations Lead", "company=Fairway Freight",
            "email=mike.dawson@fairway-freight.com", "phone=", "mobile=+14045550175", "fax=", "website=", "linkedin=", "address=",
            "text=Sounds good, thanks!"),
        ["reply-first-name-over-outlook-en"] = new(
            """
            Will do.

            Thanks,
            Mike

            From: Anna Berg <anna.berg@coastline.com>
            Sent: Tuesday, November 4, 2025 10:12 AM
            To: Mike Dawson <mike.dawson@fairway-freight.com>
            Subject: Atlanta loads

            Hi Mike,

            Can your team take the Atlanta loads next week?

            Kind regards,
            Anna Berg
            Director of Procurement
            Coastline Retail
            Direct: (305) 555-0133
            """,
            "mike.dawson@fairway-freight.com", "Mike Dawson", "US",
            "full_name=Mike Dawson", "first_name=Mike", "last_name=Dawson", "job_title=", "company=Fairway Freight",
            "company_source=Domain", "email=mike.dawson@fairway-freight.com", "phone=", "mobile=", "fax=", "website=", "linkedin=",
            "address=", "text=Will do."),
        ["title-with-function-pair"] = new(
            """
            Hi Tom,

            Thanks for the update.

            Best regards,
            John Smith
            VP, Sales & Marketing
            Acme Corp.
            P: (214) 748-3300 | F: (214) 748-3301
            """,
            "j.smith@acme-corp.com", "John Smith", "US",
            "full_name=John Smith", "first_name=John", "last_name=Smith", "job_title=VP, Sales & Marketing", "company=Acme Corp.",
            "email=j.smith@acme-corp.com", "phone=+12147483300", "mobile=", "fax=+12147483301", "website=", "linkedin=", "address="),
        ["first-name-then-dashed-block"] = new(
            """
            Thanks Sam,

            I'll review tonight.

            Greg

            --
            Greg Fowler | CTO | Ironbridge
            greg.fowler@ironbridge.com | +1 (646) 820-3311
            """,
            "greg.fowler@ironbridge.com", "Greg Fowler", "US",
            "full_name=Greg Fowler", "first_name=Greg", "last_name=Fowler", "job_title=CTO", "company=Ironbridge",
            "email=greg.fowler@ironbridge.com", "phone=+16468203311", "mobile=", "fax=", "website=", "linkedin=", "address="),
        ["irish-apostrophe-name"] = new(
            """
            Hi Claire,

            Please see attached.

            Kind regards,
            John O'Keefe
            Finance Director
            Harbourview Properties Ltd
            Tel: +353 1 234 5678
            Mob: +353 87 123 4567
            """,
            "j.okeefe@harbourview.ie", "John O'Keefe", "GB",
            "full_name=John O'Keefe", "first_name=John", "last_name=O'Keefe", "job_title=Finance Director",
            "company=Harbourview Properties Ltd", "email=j.okeefe@harbourview.ie", "phone=+35312345678", "mobile=+353871234567",
            "fax=", "website=", "linkedin=", "address="),
    };
}
