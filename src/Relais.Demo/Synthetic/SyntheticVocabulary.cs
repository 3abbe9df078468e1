namespace Relais.Demo.Synthetic;

/// <summary>Invented names, organisations and phrases the generator draws from (written for Relais; no real people).</summary>
internal static class SyntheticVocabulary
{
    public static readonly string[] EnglishFirst =
    [
        "Alan", "Brenda", "Calvin", "Doreen", "Elliot", "Fiona", "Graham", "Hazel", "Ivan", "Joanna", "Kurt", "Lorna", "Miles",
        "Nadine", "Oscar", "Pamela", "Quentin", "Rosalind", "Simon", "Tessa", "Ulrich", "Vera", "Warren", "Yolanda", "Zachary",
        "Abigail", "Bradley", "Cassandra", "Dominic", "Evelyn", "Franklin", "Gwendolyn", "Harvey", "Imogen", "Jasper", "Kendra",
        "Leonard", "Marissa", "Norman", "Olivia", "Preston", "Rhonda", "Spencer", "Theodora", "Victor", "Wendell", "Christopher",
        "Katherine", "Elizabeth", "Jennifer", "Michael", "William", "Robert", "Richard", "Patricia", "Deborah", "Margaret",
        "Anthony", "Jonathan", "Samantha", "Alexander", "Nathaniel", "Gregory", "Timothy", "Stephanie", "Rebecca", "Daniel",
        "Joe", "Sue", "Ray", "Lyle", "Cody", "Gail", "Troy", "Faye", "Dale", "Jill", "Neil", "Rhea", "Seth", "Tara", "Hank",
    ];

    public static readonly string[] EnglishLast =
    [
        "Ashworth", "Blackwood", "Carrington", "Dunmore", "Ellery", "Fairbanks", "Galloway", "Hargrove", "Ingram", "Jessop",
        "Kettering", "Langford", "Merriweather", "Norcross", "Oakley", "Prescott", "Quimby", "Radcliffe", "Sandoval", "Tolliver",
        "Upton", "Vance", "Wexler", "Yardley", "Zeller", "McAllister", "O'Rourke", "Fitzhugh", "Delgado-Hunt", "Van Horn",
        "De Luca", "Kowalczyk", "Yamada", "Patil", "Gallard", "Thorne", "Sutcliffe", "Ramos", "Whitcombe", "Abernethy",
        "Castellanos", "Pembroke", "Underhill", "Oyelowo", "Lindgren", "Okonjo", "Schwab", "Brannigan", "Holloway", "Crandall",
        "Lee", "Cho", "Diaz", "Hale", "Kerr", "Moss", "Nash", "Pike", "Rowe", "Shaw", "Tate", "Wade", "Young", "Ford",
    ];

    public static readonly string[] FrenchFirst =
    [
        "Camille", "Jean", "Jean-Pierre", "Marie-Claire", "Anne-Sophie", "Pierre", "Sophie", "Nathalie", "François", "Isabelle",
        "Laurent", "Céline", "Thomas", "Julien", "Hélène", "Olivier", "Sandrine", "Nicolas", "Aurélie", "Stéphane", "Émilie",
        "Guillaume", "Claire", "Benoît", "Mathilde", "Antoine", "Élodie", "Philippe", "Valérie", "Jérôme", "Amélie", "Xavier",
        "Jean-Marc", "Marie-Hélène", "Pierre-Yves", "Anne", "Luc", "Agnès", "Rémi", "Delphine", "Baptiste", "Solène", "Hugo",
    ];

    public static readonly string[] FrenchLast =
    [
        "Rousseau", "Dupont", "Martin", "Lefèvre", "Moreau", "Fournier", "Girard", "Bonnet", "Lambert", "Fontaine", "Chevalier",
        "Robin", "Masson", "Garnier", "Faure", "Mercier", "Blanc", "Guérin", "Boyer", "Roux", "de La Roche", "Le Gall",
        "du Pont", "de Villiers", "Le Goff", "Marchand", "Duval", "Perrin", "Morel", "Lemoine", "d'Arcy", "Dubois-Laurent",
        "Nguyen", "Benali", "Haddad", "Lopez", "Da Silva", "Van der Berg", "Carpentier", "Brunet", "Renaud",
    ];

    public static readonly string[] EnglishTitles =
    [
        "Senior Counsel", "Vice President", "Director", "Manager", "Senior Manager", "Analyst", "Senior Analyst", "Associate",
        "Chief Operating Officer", "President & CEO", "Executive Assistant", "Assistant to the Chairman", "Marketing Manager",
        "Talent Acquisition Lead", "Content Strategist", "Consultant", "Senior Consultant", "Managing Director", "Trader",
        "Account Executive", "Sales Manager", "Head of Operations", "VP, Business Development", "Legal Assistant",
        "Director, Power Trading", "Manager, Billing Systems", "Senior Director", "Partner", "Principal", "Chief Financial Officer",
        "Administrative Assistant", "Project Manager", "Regional Sales Director", "Portfolio Manager", "Credit Analyst",
        "Senior Vice President, Origination", "Paralegal", "Office Manager", "Scheduler", "Risk Manager", "General Counsel",
    ];

    public static readonly string[] FrenchTitles =
    [
        "Directrice des partenariats", "Directeur commercial", "Responsable grands comptes", "Chargée de clientèle",
        "Chargé d'affaires", "Gérant", "Gérante", "Associé", "Associée", "Directeur général", "Directrice financière",
        "Responsable des achats", "Chargée de communication", "Ingénieur commercial", "Consultante senior",
        "Conseiller en gestion de patrimoine", "Directeur des opérations", "Responsable juridique", "Assistante de direction",
        "Président", "Présidente", "Directeur général délégué", "Responsable marketing", "Chef de projet",
        "Analyste crédit", "Gestionnaire de portefeuille", "Directrice de la relation investisseurs", "Juriste",
        "Chargée de mission", "Responsable administratif et financier", "Avocat associé", "Expert-comptable",
    ];

    public static readonly string[] EnglishCompanies =
    [
        "Northbridge Capital Partners", "Harbor Point Energy", "Granite Ridge Advisors LLC", "Lakeshore Analytics Inc.",
        "Bluewater Gas Marketing", "Summit Peak Resources Ltd.", "Crescent Power Corp.", "Redwood Asset Management",
        "Pinecrest Securities", "Atlas Insurance Group", "Meridian Trust Bank", "Cobalt Software Solutions",
        "Westfield Legal Services", "Keystone Energy Services", "Ironwood Holdings, Inc.", "Silverline Consulting Group",
        "Hawthorne & Associates", "Orion Capital Markets", "Tidewater Pipeline Company", "Brightwater Bank Plc",
        "Foxglove Partners, LLC", "Quarry Lane Consultants", "Sterling Marsh LLP", "Copperfield Technologies",
        "Evergreen Utilities Corp.", "Halcyon Commerce, Inc.", "Larkspur Staffing, Inc.", "Maple & Finch Ltd",
    ];

    public static readonly string[] FrenchCompanies =
    [
        "Helios Gestion", "ACME SAS", "Groupe Martin & Fils", "Cabinet Fournier Avocats", "Banque Lambert", "Oréa Capital",
        "Vauban Partenaires", "Sequana Conseil", "Altitude Finance SA", "Rive Gauche Immobilier SARL", "Mistral Énergie",
        "Atelier Duval", "Lumière Technologies", "Ardent Gestion Privée", "Chevalier Associés", "Cap Horn Capital",
        "Les Jardins de Provence SAS", "Arpège Patrimoine", "Boréal Assurances", "Transports Garnier", "Kerlann Industrie",
        "Meunier & Cie", "Société Générale de Négoce", "Hexa Conseil", "Novalis Gestion d'actifs", "Fidal Expertise",
    ];

    public static readonly string[] Departments =
    [
        "Supplier Relations", "Enterprise Data Services", "Legal Department", "Fixed Income Syndicate", "Real Time Trading Desk",
        "Capacity Planning", "People & Culture Advisory", "Strategic Advisory Group", "Structured Finance",
        "Direction financière", "Service clients", "Pôle entreprises", "Département juridique", "Direction des risques",
    ];

    public static readonly string[] EnglishStreets =
    [
        "2500 Westheimer Road", "410 Market Street, Ste. 900", "77 Harbor Boulevard", "1620 Lexington Avenue",
        "18 Mill Pond Lane", "905 Cedar Ave Suite 310", "233 NE Alder Street", "1450 K Street NW", "3300 Elm Avenue",
        "120 North LaSalle Drive, 21st Floor", "700 Commerce St., Suite 1500", "14 Bishopsgate", "40 Gracechurch Street",
        "Two Riverside Plaza, Room 1210", "P.O. Box 2291", "PO Box 5120", "611 Walnut Street", "6 Bay Tower Center", "845 Prairie, Suite 2600",
    ];

    public static readonly string[] EnglishTowns =
    [
        "Houston, TX  77010", "San Jose, CA  95113", "NY, NY 10017", "New York, NY 10019", "Hartford, Conn 06103",
        "Newark, NJ 07102", "Seattle, WA 98104", "Washington, DC 20005", "Austin, Texas 78701-2910", "Chicago, IL 60601",
        "Denver, CO 80202", "London EC2M 4YF", "Manchester M1 4BT", "Toronto, Ontario M5H 2N2", "Philadelphia, PA 19103",
    ];

    public static readonly string[] FrenchStreets =
    [
        "12 avenue Hoche", "3 rue de la Paix", "45 boulevard Haussmann", "8 place Bellecour", "27 quai des Chartrons",
        "14 bis rue Nationale", "2 allée des Tilleuls", "156 cours Lafayette", "9 impasse des Lilas", "31 chemin du Moulin",
        "1 place de la Bourse", "60 bd de Sébastopol", "18 rue du Faubourg Saint-Honoré", "4 avenue de l'Opéra",
    ];

    public static readonly string[] FrenchTowns =
    [
        "75008 Paris", "75002 PARIS", "69002 Lyon", "33000 Bordeaux", "59800 Lille", "92200 Neuilly-sur-Seine",
        "13008 Marseille", "31000 Toulouse", "44000 Nantes", "67000 Strasbourg", "92042 Paris La Défense CEDEX",
        "BP 1234 - 69002 Lyon Cedex 02", "CS 30012 - 35000 Rennes", "06000 Nice",
    ];
}
