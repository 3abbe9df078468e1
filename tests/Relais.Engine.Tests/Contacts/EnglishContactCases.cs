namespace Relais.Engine.Tests.Contacts;

/// <summary>English signatures, US and UK, corporate and casual (invented people and firms).</summary>
internal static class EnglishContactCases
{
    public static readonly Dictionary<string, ContactCase> All = new()
    {
        ["us-full-block"] = new(
            """
            Hi Tom,

            Attached is the revised proposal. Let me know if you have any questions.

            Best regards,
            John D. Martin
            Vice President, Sales
            Copperfield Technologies, Inc.
            1620 Lexington Avenue, Suite 400
            New York, NY 10029
            Phone: (212) 736-4410
            Cell: (917) 482-3391
            Fax: (212) 736-4499
            www.copperfield-tech.com
            """,
            "jmartin@copperfield-tech.com", "Martin, John", "US",
            "full_name=John D. Martin", "first_name=John", "last_name=Martin", "job_title=Vice President, Sales",
            "company=Copperfield Technologies, Inc.", "address=1620 Lexington Avenue, Suite 400, New York, NY 10029",
            "phone=+12127364410", "mobile=+19174823391", "fax=+12127364499", "website=https://www.copperfield-tech.com",
            "email=jmartin@copperfield-tech.com"),
        ["uk-block"] = new(
            """
            Dear Claire,

            Please find the engagement letter attached.

            Kind regards,
            Oliver Pembroke
            Partner
            Sterling Marsh LLP
            40 Gracechurch Street
            London EC3V 0BT
            T: +44 (0)20 7946 0321
            M: +44 7911 123456
            """,
            "oliver.pembroke@sterlingmarsh.co.uk", "Oliver Pembroke", "FR",
            "full_name=Oliver Pembroke", "job_title=Partner", "company=Sterling Marsh LLP", "address=40 Gracechurch Street, London EC3V 0BT",
            "phone=+442079460321", "mobile=+447911123456"),
        ["thanks-first-name"] = new(
            """
            Sean,

            Attached is our response to your request.

            Thanks,
            Kim
            """,
            "kim.ward@harborpoint.com", "Ward, Kim", "US",
            "full_name=Kim Ward", "first_name=Kim", "last_name=Ward", "signature=Thanks,\nKim", "phone=", "job_title="),
        ["regards-bert-lastname-header"] = new(
            """
            Kathy:

            Please find the enclosed model for 01/25/02.

            Regards,
            Bert
            """,
            "meyers@harborpoint.com", "Meyers", "US",
            "signature=Regards,\nBert", "first_name=Bert", "phone="),
        ["extension-only"] = new(
            """
            Here is a schedule that I received from Phillip.

            Hopefully this makes sense.

            Diane
            x-37059
            """,
            "diane.cook@harborpoint.com", "Cook, Diane H.", "US",
            "signature=Diane\nx-37059", "phone=", "mobile=", "full_name=Diane H. Cook"),
        ["name-dash-phone"] = new(
            """
            Kim, can you call me upon receipt of this e-mail. I require a confirm for a three way transaction.

            Barry Tycholiz - 713-853-1587.
            """,
            "barry.tycholiz@harborpoint.com", "Barry Tycholiz", "US",
            "signature=Barry Tycholiz - 713-853-1587.", "phone=+17138531587"),
        ["parenthesised-labels"] = new(
            """
            Please review the attached draft.

            Cordially,
            Mary Cole
            Evergreen Utilities Corp.
            3300 Elm Avenue, 38th Floor
            Houston, Texas 77002-7361
            (713) 345-7732 (phone)
            (713) 646-3490 (fax)
            mary.cole@evergreen-utilities.com
            """,
            "mary.cole@evergreen-utilities.com", "Mary Cole", "US",
            "full_name=Mary Cole", "company=Evergreen Utilities Corp.", "phone=+17133457732", "fax=+17136463490",
            "address=3300 Elm Avenue, 38th Floor, Houston, Texas 77002-7361", "email=mary.cole@evergreen-utilities.com"),
        ["cell-suffix"] = new(
            """
            Could I have your outside e-mails and phone numbers? The following is my information.

            Carole C. Frank
            carole_frank@excite.com
            713.446.9307 cell
            713-467-3860 home
            """,
            "carole.frank@harborpoint.com", "Frank, Carole", "US",
            "full_name=Carole C. Frank", "email=carole_frank@excite.com", "mobile=+17134469307", "phone=+17134673860"),
        ["p-f-labels"] = new(
            """
            Mr. Meyers,

            I received your request this morning and will forward it.

            Pete Mehok
            Larkspur Staffing, Inc.
            Talent Acquisition Lead
            905 Cedar Ave Suite 310
            Newark, NJ 07102
            pm@larkspurstaffing.com
            p:973.273.6960 Ext. 104
            f:973.273.6940
            www.larkspurstaffing.com
            """,
            "pm@larkspurstaffing.com", "Pete Mehok", "US",
            "full_name=Pete Mehok", "company=Larkspur Staffing, Inc.", "job_title=Talent Acquisition Lead", "phone=+19732736960",
            "fax=+19732736940", "address=905 Cedar Ave Suite 310, Newark, NJ 07102", "website=https://www.larkspurstaffing.com"),
        ["dash-dash-en"] = new(
            """
            Team,

            The report is saved on the shared drive under the usual folder.

            --
            Rhonda Vance
            Credit Analyst
            Meridian Trust Bank
            """,
            "rvance@meridiantrust.com", "Rhonda Vance", "US",
            "signature=--\nRhonda Vance\nCredit Analyst\nMeridian Trust Bank", "job_title=Credit Analyst", "company=Meridian Trust Bank",
            "text=Team,\n\nThe report is saved on the shared drive under the usual folder."),
        ["pipes-en"] = new(
            """
            Hello Nadine,

            Good to hear from you, see you on Friday.

            Cheers,
            Spencer Holloway | Portfolio Manager | Orion Capital Markets
            Tel: 312-782-5510 | Fax: 312-782-5599 | linkedin.com/in/spencer-holloway
            """,
            "spencer.holloway@orioncm.com", "Spencer Holloway", "US",
            "full_name=Spencer Holloway", "job_title=Portfolio Manager", "company=Orion Capital Markets", "phone=+13127825510",
            "fax=+13127825599", "linkedin=https://www.linkedin.com/in/spencer-holloway"),
        ["no-signature-en"] = new(
            """
            Hi Tom,

            Can we move the call to 3pm? Something came up this morning.
            """,
            "lee.cho@granite-ridge.com", "Lee Cho", "US",
            "signature=", "text=Hi Tom,\n\nCan we move the call to 3pm? Something came up this morning.", "phone=", "company="),
        ["disclaimer-en"] = new(
            """
            Evelyn,

            The signed ISDA schedule is attached.

            Regards,
            Dominic Thorne
            Senior Counsel
            Keystone Energy Services
            Direct: 713-229-1188

            CONFIDENTIALITY NOTICE: The information in this message is privileged and confidential, intended only for
            the recipient named above. If you have received it in error, please delete it and notify the sender.
            """,
            "dominic.thorne@keystone-energy.com", "Dominic Thorne", "US",
            "signature=Regards,\nDominic Thorne\nSenior Counsel\nKeystone Energy Services\nDirect: 713-229-1188", "phone=+17132291188",
            "job_title=Senior Counsel", "company=Keystone Energy Services"),
        ["title-comma-acronym"] = new(
            """
            Tana -

            FYI, the counterparty signed yesterday.

            Mark
            General Counsel, NBX
            Phone:     713-345-8897
            Facsimile: 713-646-3940
            """,
            "mark.wexler@nbx-energy.com", "Wexler, Mark", "US",
            "job_title=General Counsel", "company=NBX", "phone=+17133458897", "fax=+17136463940", "full_name=Mark", "last_name=Wexler"),
        ["apostrophe-name"] = new(
            """
            Hi all,

            Reminder that the desk closes early on Friday.

            Thanks,
            Gwendolyn O'Rourke
            Office Manager
            Foxglove Partners, LLC
            (415) 902-3344
            """,
            "gorourke@foxglovepartners.com", "Gwendolyn O'Rourke", "US",
            "full_name=Gwendolyn O'Rourke", "first_name=Gwendolyn", "last_name=O'Rourke", "job_title=Office Manager",
            "company=Foxglove Partners, LLC", "phone=+14159023344"),
        ["mid-line-signoff"] = new(
            """
            Could I have copies of any memoranda?  Please let me hear from you.  Thanks.  Sara
            """,
            "sara.sutcliffe@harborpoint.com", "Sara Sutcliffe", "US",
            "signature=Thanks.  Sara", "text=Could I have copies of any memoranda?  Please let me hear from you.", "full_name=Sara Sutcliffe"),
        ["plus1-in-france"] = new(
            """
            Bonjour,

            Je vous mets en relation avec notre bureau de San Francisco.

            Cordialement,
            Evelyn Ramos
            Regional Sales Director
            Halcyon Commerce, Inc.
            +1 415 902 7765
            """,
            "evelyn.ramos@halcyon-commerce.com", "Evelyn Ramos", "FR",
            "phone=+14159027765", "company=Halcyon Commerce, Inc.", "job_title=Regional Sales Director"),
        ["tld-region-chain"] = new(
            """
            Hello,

            Please call me on my direct line.

            Best,
            Quentin Blanc
            Tel: 01 42 68 53 00
            """,
            "quentin.blanc@vauban-partenaires.fr", "Quentin Blanc", "US",
            "phone=+33142685300"),
        ["country-in-signature"] = new(
            """
            Hello,

            Our Paris office will handle the paperwork.

            Regards,
            Ivan Delgado-Hunt
            Managing Director
            Quarry Lane Consultants
            45 boulevard Haussmann, 75009 Paris, France
            Tel: 01 53 43 20 00
            """,
            "ivan@quarrylane.com", "Ivan Delgado-Hunt", "US",
            "phone=+33153432000", "address=45 boulevard Haussmann, 75009 Paris, France", "last_name=Delgado-Hunt"),
        ["uk-address-region"] = new(
            """
            Bonjour,

            Notre équipe de Londres vous contactera.

            Cordialement,
            Imogen Sutcliffe
            Head of Operations
            Maple & Finch Ltd
            14 Bishopsgate
            London EC2N 4AJ
            020 7946 0855
            """,
            "imogen@maplefinch.com", "Imogen Sutcliffe", "FR",
            "phone=+442079460855", "company=Maple & Finch Ltd", "address=14 Bishopsgate, London EC2N 4AJ"),
        ["http-website-path"] = new(
            """
            Hi,

            More details on our web site.

            Regards,
            Norman Hale
            Cobalt Software Solutions
            http://www.cobalt-software.com/contact/
            """,
            "norman.hale@cobalt-software.com", "Norman Hale", "US",
            "website=https://www.cobalt-software.com/contact", "company=Cobalt Software Solutions"),
        ["gmail-no-company"] = new(
            """
            Hi,

            I'd love to hear more about the position.

            Thanks,
            Tessa Nash
            (503) 880-5315
            """,
            "tessa.nash77@gmail.com", "Tessa Nash", "US",
            "company=", "phone=+15038805315", "full_name=Tessa Nash"),
        ["yahoo-footer"] = new(
            """
            The meeting will be this coming Monday at 7:30 p.m.

            Beverly
            __________________________________________________
            Do You Yahoo!?
            Yahoo! Mail - free email you can access anywhere
            http://mail.yahoo.com
            """,
            "bgibson@yahoo.com", "Beverly Gibson", "US",
            "website=", "company=", "text=The meeting will be this coming Monday at 7:30 p.m."),
        ["amount-not-phone"] = new(
            """
            The fee will be $ 1 250 000 payable on closing.

            Regards,
            Victor Zeller
            Principal
            Granite Ridge Advisors LLC
            """,
            "victor.zeller@graniteridge.com", "Victor Zeller", "US",
            "phone=", "mobile=", "job_title=Principal", "company=Granite Ridge Advisors LLC"),
        ["initials-signoff"] = new(
            """
            Mike, please ensure we secure a long term quote. We need the index two way if that is possible.

            Thanks, BT
            """,
            "barry.tycholiz@harborpoint.com", "Barry Tycholiz", "US",
            "signature=Thanks, BT", "text=Mike, please ensure we secure a long term quote. We need the index two way if that is possible.",
            "full_name=Barry Tycholiz"),
        ["exchange-display-name"] = new(
            """
            Please let me know if you have any questions regarding this new procedure.

            Thanks,
            Kate
            """,
            "symes.kate.kate.symes.harborpoint.com@harborpoint.com", "\"Symes  Kate\" <Kate.Symes@HarborPoint.com>", "US",
            "full_name=Kate Symes", "first_name=Kate", "last_name=Symes", "email=kate.symes@harborpoint.com"),
        ["data-table-not-signature"] = new(
            """
            Here are the closing prices:

              Zone 1		2.2930	1.8650	2.6200
              Zone 2		2.3285	1.9000	2.6700
              Zone 3		2.3640	1.9350	2.7200
            """,
            "prices@harborpoint.com", null, "US",
            "signature=", "phone="),
        ["contact-list-not-signature"] = new(
            """
            Here are the contacts you asked for:

            Reliant:  Tom Rowe  713-207-1450
            Aquila:  Elsa Pike 214-927-9464
            Duke:  Mike Shaw 801-531-4497
            """,
            "chris.meyer@harborpoint.com", "Meyer, Chris", "US",
            "signature=", "phone="),
        ["ps-after-signature"] = new(
            """
            Nancy sent me a note about the food drive.

            Thanks!
            Robin

            P.S.  Don't forget the party on Friday!
            """,
            "robin.tate@harborpoint.com", "Robin Tate", "US",
            "signature=Thanks!\nRobin", "full_name=Robin Tate"),
    };
}
