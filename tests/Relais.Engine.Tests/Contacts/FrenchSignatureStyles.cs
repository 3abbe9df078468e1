namespace Relais.Engine.Tests.Contacts;

/// <summary>
/// Second batch of French signatures (invented people and firms), in the styles the first batch lacks:
/// "Ligne directe" / "Standard" / "LD", "Tél. fixe", dotted numbers, "poste", CS and CEDEX lines, two
/// offices, civilities, legal footers, social and environment banners, replies over a quoted thread.
/// Every field is stated, absent ones as "field=".
/// </summary>
internal static class FrenchSignatureStyles
{
    public static readonly Dictionary<string, ContactCase> All = new()
    {
        ["tel-plus33-paren-zero"] = new(
            """
            Bonjour Madame Lemaire,

            Je vous confirme notre venue mardi à 10 h.

            Cordialement,

            Mathilde Vasseur
            Responsable administrative et financière
            Cabinet Orléans Expertise
            Tél : +33 (0)1 44 55 66 77
            Fax : +33 (0)1 44 55 66 78
            17, rue de la Chaussée-d'Antin
            75009 Paris
            """,
            "mathilde.vasseur@orleans-expertise.fr", "Mathilde Vasseur", "FR",
            "full_name=Mathilde Vasseur", "first_name=Mathilde", "last_name=Vasseur", "job_title=Responsable administrative et financière",
            "company=Cabinet Orléans Expertise", "email=mathilde.vasseur@orleans-expertise.fr", "phone=+33144556677", "mobile=",
            "fax=+33144556678", "website=", "linkedin=", "address=17, rue de la Chaussée-d'Antin, 75009 Paris"),
        ["ligne-directe-standard"] = new(
            """
            Bonjour,

            Vous trouverez ci-joint le bon de commande signé.

            Bien cordialement,
            Nicolas Perrault
            Acheteur industriel
            Fonderies du Vercors SA
            Ligne directe : 04 76 12 34 56
            Standard : 04 76 12 34 00
            Portable : 06 72 11 22 33
            www.fonderies-vercors.fr
            """,
            "n.perrault@fonderies-vercors.fr", "Nicolas Perrault", "FR",
            "full_name=Nicolas Perrault", "first_name=Nicolas", "last_name=Perrault", "job_title=Acheteur industriel",
            "company=Fonderies du Vercors SA", "email=n.perrault@fonderies-vercors.fr", "phone=+33476123456", "mobile=+33672112233",
            "fax=", "website=https://www.fonderies-vercors.fr", "linkedin=", "address="),
        ["standard-before-ld"] = new(
            """
            Bonjour Monsieur Caradec,

            Votre dossier est complet, je le transmets au service souscription.

            Cordialement,

            Hélène Marquis
            Chargée de clientèle
            Mutuelle des Artisans de Bretagne
            Standard : 02 99 45 00 00 – LD : 02 99 45 12 87
            Mob. : 07 81 45 32 10
            """,
            "helene.marquis@mab-mutuelle.fr", "Hélène Marquis", "FR",
            "full_name=Hélène Marquis", "first_name=Hélène", "last_name=Marquis", "job_title=Chargée de clientèle",
            "company=Mutuelle des Artisans de Bretagne", "email=helene.marquis@mab-mutuelle.fr", "phone=+33299451287",
            "mobile=+33781453210", "fax=", "website=", "linkedin=", "address="),
        ["tel-fixe-portable"] = new(
            """
            Bonjour,

            Le chantier de la rue Pasteur démarre lundi comme prévu.

            Merci et bonne journée,
            Franck Tessier
            Conducteur de travaux
            BTP Tessier & Fils
            Tél. fixe : 05 56 78 90 12
            Portable : 06 12 34 56 78
            """,
            "franck.tessier@btp-tessier.fr", "Franck Tessier", "FR",
            "full_name=Franck Tessier", "first_name=Franck", "last_name=Tessier", "job_title=Conducteur de travaux",
            "company=BTP Tessier & Fils", "email=franck.tessier@btp-tessier.fr", "phone=+33556789012", "mobile=+33612345678",
            "fax=", "website=", "linkedin=", "address="),
        ["plus33-mobile-only"] = new(
            """
            Bonjour Julien,

            Je serai joignable toute la journée sur mon portable.

            À bientôt,
            Clément Royer
            Consultant SAP
            +33 6 45 78 12 90
            clement.royer@axyal-conseil.fr
            """,
            "clement.royer@axyal-conseil.fr", "Clément Royer", "FR",
            "full_name=Clément Royer", "first_name=Clément", "last_name=Royer", "job_title=Consultant SAP", "company=Axyal Conseil",
            "company_source=Domain", "email=clement.royer@axyal-conseil.fr", "phone=", "mobile=+33645781290", "fax=", "website=",
            "linkedin=", "address="),
        ["dotted-tel-fax-hyphen"] = new(
            """
            Bonjour,

            Voici la confirmation de livraison pour jeudi.

            Cordialement,
            Sandrine Pelletier
            Assistante commerciale
            Groupe Pelletier Distribution
            Tél. 01.45.67.89.10 - Fax 01.45.67.89.11
            sandrine.pelletier@pelletier-distribution.fr
            """,
            "sandrine.pelletier@pelletier-distribution.fr", "Sandrine Pelletier", "FR",
            "full_name=Sandrine Pelletier", "first_name=Sandrine", "last_name=Pelletier", "job_title=Assistante commerciale",
            "company=Groupe Pelletier Distribution", "email=sandrine.pelletier@pelletier-distribution.fr", "phone=+33145678910",
            "mobile=", "fax=+33145678911", "website=", "linkedin=", "address="),
        ["poste-extension"] = new(
            """
            Bonjour,

            Je vous transmets la note sur la réforme des retraites.

            Bien à vous,
            Arnaud Lefebvre
            Juriste droit social
            Direction juridique – Groupe Hexagone Assurances
            Tél. : 01 58 12 34 00 poste 4127
            """,
            "arnaud.lefebvre@hexagone-assurances.fr", "Arnaud Lefebvre", "FR",
            "full_name=Arnaud Lefebvre", "first_name=Arnaud", "last_name=Lefebvre", "job_title=Juriste droit social",
            "company=Groupe Hexagone Assurances", "email=arnaud.lefebvre@hexagone-assurances.fr", "phone=+33158123400", "mobile=",
            "fax=", "website=", "linkedin=", "address="),
        ["cs-cedex-two-lines"] = new(
            """
            Madame, Monsieur,

            Nous accusons réception de votre déclaration de sinistre.

            Cordialement,
            Gaëlle Fournier
            Gestionnaire sinistres
            Assurances du Littoral
            CS 12345
            17042 La Rochelle Cedex 1
            Tél. : 05 46 00 11 22
            """,
            "gaelle.fournier@assurances-littoral.fr", "Gaëlle Fournier", "FR",
            "full_name=Gaëlle Fournier", "first_name=Gaëlle", "last_name=Fournier", "job_title=Gestionnaire sinistres",
            "company=Assurances du Littoral", "email=gaelle.fournier@assurances-littoral.fr", "phone=+33546001122", "mobile=",
            "fax=", "website=", "linkedin=", "address=CS 12345, 17042 La Rochelle Cedex 1"),
        ["paris-cedex-08"] = new(
            """
            Bonjour,

            Le comité a validé le budget du projet de migration.

            Très cordialement,

            Olivier Masson
            Directeur des systèmes d'information
            Banque Méridienne
            45, avenue George V
            75379 Paris Cedex 08
            Tél. : +33 1 53 00 12 34
            Mob. : +33 6 30 00 12 34
            """,
            "olivier.masson@banque-meridienne.fr", "Olivier Masson", "FR",
            "full_name=Olivier Masson", "first_name=Olivier", "last_name=Masson", "job_title=Directeur des systèmes d'information",
            "company=Banque Méridienne", "email=olivier.masson@banque-meridienne.fr", "phone=+33153001234", "mobile=+33630001234",
            "fax=", "website=", "linkedin=", "address=45, avenue George V, 75379 Paris Cedex 08"),
        ["two-offices-piped"] = new(
            """
            Cher Confrère,

            Je vous adresse nos conclusions en réponse.

            Cordialement,
            Bertrand Chauvin
            Associé
            Chauvin & Roux Avocats
            Bureau de Paris | Bureau de Lyon
            8, rue de Miromesnil, 75008 Paris | 22, quai Saint-Antoine, 69002 Lyon
            Tél. : 01 42 65 00 00 | 04 78 42 00 00
            www.chauvin-roux.fr
            """,
            "b.chauvin@chauvin-roux.fr", "Bertrand Chauvin", "FR",
            "full_name=Bertrand Chauvin", "first_name=Bertrand", "last_name=Chauvin", "job_title=Associé",
            "company=Chauvin & Roux Avocats", "email=b.chauvin@chauvin-roux.fr", "phone=+33142650000", "mobile=", "fax=",
            "website=https://www.chauvin-roux.fr", "linkedin=", "address=8, rue de Miromesnil, 75008 Paris"),
        ["two-offices-stacked"] = new(
            """
            Bonjour,

            Nous pouvons vous recevoir dans nos locaux de Lyon ou de Grenoble.

            Bien cordialement,

            Élise Brunel
            Expert-comptable associée
            Brunel Audit & Conseil
            Bureau de Lyon : 14, rue de la République, 69002 Lyon – Tél. : 04 72 10 20 30
            Bureau de Grenoble : 3, place Grenette, 38000 Grenoble – Tél. : 04 76 10 20 30
            """,
            "elise.brunel@brunel-audit.fr", "Élise Brunel", "FR",
            "full_name=Élise Brunel", "first_name=Élise", "last_name=Brunel", "job_title=Expert-comptable associée",
            "company=Brunel Audit & Conseil", "email=elise.brunel@brunel-audit.fr", "phone=+33472102030", "mobile=", "fax=",
            "website=", "linkedin=", "address=14, rue de la République, 69002 Lyon"),
        ["suivez-nous-linkedin"] = new(
            """
            Bonjour Thomas,

            Le communiqué est validé de notre côté.

            Bien cordialement,

            Pauline Garnier
            Chargée de communication
            Agence Lumière & Associés
            Tél. : 01 40 20 30 40
            www.agence-lumiere.fr
            Suivez-nous sur LinkedIn : linkedin.com/company/agence-lumiere
            """,
            "pauline.garnier@agence-lumiere.fr", "Pauline Garnier", "FR",
            "full_name=Pauline Garnier", "first_name=Pauline", "last_name=Garnier", "job_title=Chargée de communication",
            "company=Agence Lumière & Associés", "email=pauline.garnier@agence-lumiere.fr", "phone=+33140203040", "mobile=", "fax=",
            "website=https://www.agence-lumiere.fr", "linkedin=", "address="),
        ["linkedin-profile-and-page"] = new(
            """
            Bonjour,

            Merci pour votre retour rapide.

            Cordialement,
            Quentin Morvan
            Business developer
            Kerlys Logiciels
            Mob. : 06 23 45 67 89
            linkedin.com/in/quentin-morvan
            Suivez Kerlys sur LinkedIn
            """,
            "q.morvan@kerlys.fr", "Quentin Morvan", "FR",
            "full_name=Quentin Morvan", "first_name=Quentin", "last_name=Morvan", "job_title=Business developer",
            "company=Kerlys Logiciels", "email=q.morvan@kerlys.fr", "phone=", "mobile=+33623456789", "fax=", "website=",
            "linkedin=https://www.linkedin.com/in/quentin-morvan", "address="),
        ["pensez-environnement"] = new(
            """
            Bonjour,

            Je vous renvoie le contrat paraphé.

            Cordialement,
            Yves Bertin
            Directeur commercial
            Transports Bertin SARL
            Tél. : 03 88 12 45 67
            P Pensez à l'environnement avant d'imprimer ce courriel.
            """,
            "yves.bertin@transports-bertin.fr", "Yves Bertin", "FR",
            "full_name=Yves Bertin", "first_name=Yves", "last_name=Bertin", "job_title=Directeur commercial",
            "company=Transports Bertin SARL", "email=yves.bertin@transports-bertin.fr", "phone=+33388124567", "mobile=", "fax=",
            "website=", "linkedin=", "address=",
            "text=Bonjour,\n\nJe vous renvoie le contrat paraphé."),
        ["sas-au-capital-footer"] = new(
            """
            Bonjour,

            Nous avons bien reçu votre candidature.

            Cordialement,

            Laure Deschamps
            Responsable des ressources humaines
            Solvéo Ingénierie
            12, rue des Arts – 31000 Toulouse
            Tél. : 05 61 22 33 44
            Solvéo Ingénierie SAS au capital de 150 000 € – RCS Toulouse 512 345 678 – SIRET 512 345 678 00021
            """,
            "l.deschamps@solveo-ingenierie.fr", "Laure Deschamps", "FR",
            "full_name=Laure Deschamps", "first_name=Laure", "last_name=Deschamps", "job_title=Responsable des ressources humaines",
            "company=Solvéo Ingénierie", "email=l.deschamps@solveo-ingenierie.fr", "phone=+33561223344", "mobile=", "fax=",
            "website=", "linkedin=", "address=12, rue des Arts, 31000 Toulouse"),
        ["siren-tva-footer"] = new(
            """
            Bonjour Madame Roche,

            Le devis pour la cuisine est en pièce jointe.

            Cordialement,
            Romain Faure
            Gérant
            Faure Menuiserie
            ZA des Tilleuls
            42, rue des Artisans
            38500 Voiron
            Tél : 04 76 05 12 34 – Mob : 06 81 23 45 67
            SARL Faure Menuiserie – SIREN 443 210 987 – TVA FR12443210987
            """,
            "contact@faure-menuiserie.fr", "Romain Faure", "FR",
            "full_name=Romain Faure", "first_name=Romain", "last_name=Faure", "job_title=Gérant", "company=Faure Menuiserie",
            "email=contact@faure-menuiserie.fr", "phone=+33476051234", "mobile=+33681234567", "fax=", "website=", "linkedin=",
            "address=ZA des Tilleuls, 42, rue des Artisans, 38500 Voiron"),
        ["madame-civility"] = new(
            """
            Maître,

            Vous trouverez ci-joint le projet d'acte.

            Je vous prie d'agréer mes salutations distinguées.

            Mme Christine Aubert
            Notaire associée
            Office notarial Aubert & Lemoine
            3, place du Marché
            21000 Dijon
            Tél. : 03 80 30 40 50
            """,
            "c.aubert@notaires-aubert-lemoine.fr", "Christine Aubert", "FR",
            "full_name=Christine Aubert", "first_name=Christine", "last_name=Aubert", "job_title=Notaire associée",
            "company=Office notarial Aubert & Lemoine", "email=c.aubert@notaires-aubert-lemoine.fr", "phone=+33380304050", "mobile=",
            "fax=", "website=", "linkedin=", "address=3, place du Marché, 21000 Dijon"),
        ["maitre-avocat"] = new(
            """
            Madame,

            Je reviens vers vous concernant l'audience du 12 décembre.

            Bien à vous,

            Me Laurent Dufour
            Avocat au Barreau de Paris
            Dufour Avocats
            27, boulevard Malesherbes
            75008 Paris
            Tél. : 01 47 42 00 11
            Fax : 01 47 42 00 12
            """,
            "ldufour@dufour-avocats.fr", "Laurent Dufour", "FR",
            "full_name=Laurent Dufour", "first_name=Laurent", "last_name=Dufour", "job_title=Avocat au Barreau de Paris",
            "company=Dufour Avocats", "email=ldufour@dufour-avocats.fr", "phone=+33147420011", "mobile=", "fax=+33147420012",
            "website=", "linkedin=", "address=27, boulevard Malesherbes, 75008 Paris"),
        ["surname-first-ld-mob"] = new(
            """
            Bonjour,

            Je valide la facture de septembre.

            Cordialement,
            MARTIN Sophie
            Directrice financière
            Imprimerie Martin SA
            LD : 02 40 11 22 33
            Mob. : 06 11 22 33 45
            """,
            "sophie.martin@imprimerie-martin.fr", "Sophie Martin", "FR",
            "full_name=MARTIN Sophie", "first_name=Sophie", "last_name=Martin", "job_title=Directrice financière",
            "company=Imprimerie Martin SA", "email=sophie.martin@imprimerie-martin.fr", "phone=+33240112233", "mobile=+33611223345",
            "fax=", "website=", "linkedin=", "address="),
        ["tel-slash-port"] = new(
            """
            Bonjour,

            Je passerai récupérer les échantillons demain matin.

            Bonne journée,
            Damien Roussel
            Technico-commercial
            Verreries de Champagne
            Tél. 03 26 11 22 33 / Port. 06 98 76 54 32
            """,
            "d.roussel@verreries-champagne.fr", "Damien Roussel", "FR",
            "full_name=Damien Roussel", "first_name=Damien", "last_name=Roussel", "job_title=Technico-commercial",
            "company=Verreries de Champagne", "email=d.roussel@verreries-champagne.fr", "phone=+33326112233", "mobile=+33698765432",
            "fax=", "website=", "linkedin=", "address="),
        ["adresse-postale-bp"] = new(
            """
            Bonjour,

            Merci d'envoyer les originaux à l'adresse ci-dessous.

            Cordialement,
            Valérie Gautier
            Responsable comptabilité fournisseurs
            Port Autonome de Provence
            Adresse postale : BP 40012 – 13291 Marseille Cedex 08
            Tél. : 04 91 39 40 00
            """,
            "valerie.gautier@port-provence.fr", "Valérie Gautier", "FR",
            "full_name=Valérie Gautier", "first_name=Valérie", "last_name=Gautier", "job_title=Responsable comptabilité fournisseurs",
            "company=Port Autonome de Provence", "email=valerie.gautier@port-provence.fr", "phone=+33491394000", "mobile=", "fax=",
            "website=", "linkedin=", "address=BP 40012, 13291 Marseille Cedex 08"),
        ["mobile-07-spaced-paren"] = new(
            """
            Bonjour Claire,

            Je confirme ma présence au salon.

            Amicalement,
            Jérémie Lacroix
            Chef de produit
            Lacroix Cosmétiques
            Mobile : +33 (0) 7 81 22 33 44
            www.lacroix-cosmetiques.com
            """,
            "jeremie@lacroix-cosmetiques.com", "Jérémie Lacroix", "FR",
            "full_name=Jérémie Lacroix", "first_name=Jérémie", "last_name=Lacroix", "job_title=Chef de produit",
            "company=Lacroix Cosmétiques", "email=jeremie@lacroix-cosmetiques.com", "phone=", "mobile=+33781223344", "fax=",
            "website=https://www.lacroix-cosmetiques.com", "linkedin=", "address="),
        ["reply-signoff-over-gmail-quote"] = new(
            """
            Ok pour moi, merci !

            Bien à vous,
            Paul Girard
            Directeur technique
            Atelier Girard
            Tél. : 02 41 22 33 44

            Le mar. 4 nov. 2025 à 10:12, Anne Martin <anne.martin@helvane.fr> a écrit :
            > Bonjour Paul,
            >
            > Pouvez-vous valider le planning ci-joint ?
            >
            > Cordialement,
            > Anne Martin
            > Directrice de projet
            > Helvane Ingénierie
            > Tél. : 01 45 00 11 22
            """,
            "paul.girard@atelier-girard.fr", "Paul Girard", "FR",
            "full_name=Paul Girard", "first_name=Paul", "last_name=Girard", "job_title=Directeur technique", "company=Atelier Girard",
            "email=paul.girard@atelier-girard.fr", "phone=+33241223344", "mobile=", "fax=", "website=", "linkedin=", "address=",
            "text=Ok pour moi, merci !"),
        ["reply-first-name-over-outlook-quote"] = new(
            """
            C'est noté, merci.

            Bien à vous,
            Paul

            De : Anne Martin <anne.martin@helvane.fr>
            Envoyé : mardi 4 novembre 2025 10:12
            À : Paul Girard <paul.girard@atelier-girard.fr>
            Objet : Planning

            Bonjour Paul,

            Le planning est en pièce jointe.

            Cordialement,
            Anne Martin
            Directrice de projet
            Helvane Ingénierie
            Tél. : 01 45 00 11 22
            """,
            "paul.girard@atelier-girard.fr", "Paul Girard", "FR",
            "full_name=Paul Girard", "first_name=Paul", "last_name=Girard", "job_title=", "company=Atelier Girard", "company_source=Domain",
            "email=paul.girard@atelier-girard.fr", "phone=", "mobile=", "fax=", "website=", "linkedin=", "address=",
            "text=C'est noté, merci."),
        ["tel-and-ligne-directe"] = new(
            """
            Bonjour,

            Le conseil municipal se réunira le 12 décembre.

            Bien cordialement,

            Catherine PERRIN
            Directrice Générale des Services
            Mairie de Saint-Aubin
            1, rue Jean Jaurès – BP 2305
            74011 SAINT-AUBIN CEDEX
            Tél. : 04 50 33 88 88 – Ligne directe : 04 50 33 87 12
            """,
            "c.perrin@mairie-saint-aubin.fr", "Catherine Perrin", "FR",
            "full_name=Catherine PERRIN", "first_name=Catherine", "last_name=Perrin", "job_title=Directrice Générale des Services",
            "company=Mairie de Saint-Aubin", "email=c.perrin@mairie-saint-aubin.fr", "phone=+33450338712", "mobile=", "fax=",
            "website=", "linkedin=", "address=1, rue Jean Jaurès, BP 2305, 74011 SAINT-AUBIN CEDEX"),
        ["free-mail-firm-named-after-person"] = new(
            """
            Bonjour,

            Voici les plans modifiés.

            Cordialement,
            Marc Dubois
            Architecte DPLG
            Atelier Dubois Architecture
            06 12 34 56 78
            """,
            "marc.dubois@gmail.com", "Marc Dubois", "FR",
            "full_name=Marc Dubois", "first_name=Marc", "last_name=Dubois", "job_title=Architecte DPLG",
            "company=Atelier Dubois Architecture", "email=marc.dubois@gmail.com", "phone=", "mobile=+33612345678", "fax=",
            "website=", "linkedin=", "address="),
        ["estate-line-and-t-m"] = new(
            """
            Bonjour,

            Je vous envoie les tarifs 2026.

            Bien à vous,

            Alice Durand
            Responsable export
            Vignobles Durand
            Château La Croix – 33330 Saint-Émilion
            T. +33 5 57 24 00 00 | M. +33 6 07 08 09 10
            alice.durand@vignobles-durand.fr | www.vignobles-durand.fr
            """,
            "alice.durand@vignobles-durand.fr", "Alice Durand", "FR",
            "full_name=Alice Durand", "first_name=Alice", "last_name=Durand", "job_title=Responsable export", "company=Vignobles Durand",
            "email=alice.durand@vignobles-durand.fr", "phone=+33557240000", "mobile=+33607080910", "fax=",
            "website=https://www.vignobles-durand.fr", "linkedin=", "address=Château La Croix, 33330 Saint-Émilion"),
        ["swiss-number-after-street"] = new(
            """
            Bonjour,

            Merci pour votre retour.

            Meilleures salutations,
            Sarah Klein
            Responsable marketing
            Orbital SA
            Rue du Rhône 12
            1204 Genève
            Suisse
            T +41 22 310 00 00
            """,
            "sarah.klein@orbital-sa.ch", "Sarah Klein", "FR",
            "full_name=Sarah Klein", "first_name=Sarah", "last_name=Klein", "job_title=Responsable marketing", "company=Orbital SA",
            "email=sarah.klein@orbital-sa.ch", "phone=+41223100000", "mobile=", "fax=", "website=", "linkedin=",
            "address=Rue du Rhône 12, 1204 Genève, Suisse"),
        ["tower-and-street-one-line"] = new(
            """
            Bonjour à tous,

            Réunion reportée à jeudi.

            Laurent Moreau
            Directeur Administratif et Financier
            Groupe Sirius
            Tour Sirius – 12, place de la Défense
            92400 Courbevoie
            +33 (0)1 41 00 00 00
            """,
            "l.moreau@groupe-sirius.com", "Laurent Moreau", "FR",
            "full_name=Laurent Moreau", "first_name=Laurent", "last_name=Moreau", "job_title=Directeur Administratif et Financier",
            "company=Groupe Sirius", "email=l.moreau@groupe-sirius.com", "phone=+33141000000", "mobile=", "fax=", "website=",
            "linkedin=", "address=Tour Sirius, 12, place de la Défense, 92400 Courbevoie"),
    };
}
