namespace Relais.Engine.Tests.Contacts;

/// <summary>French signatures as CRM users paste and send them (invented people and firms).</summary>
internal static class FrenchContactCases
{
    public static readonly Dictionary<string, ContactCase> All = new()
    {
        ["title-dash-company"] = new(
            """
            Bonjour,

            Je vous confirme le rendez-vous de jeudi.

            Cordialement,

            Émilie Lefèvre
            Directrice générale - Kerlann Industrie SAS
            Tel. +33 (0) 2 98 44 55 60
            Mob. +33 (0) 6 98 44 55 61
            """,
            "emilie.lefevre@kerlann.fr", "Émilie Lefèvre", "FR",
            "full_name=Émilie Lefèvre", "job_title=Directrice générale", "company=Kerlann Industrie SAS", "phone=+33298445560",
            "mobile=+33698445561"),
        ["name-dash-title"] = new(
            """
            Bonjour à tous,

            Le point hebdomadaire est décalé à 15h.

            Bien cordialement,
            Baptiste Renaud - Chef de projet
            Hexa Conseil | 01 47 20 30 40
            """,
            "baptiste.renaud@hexa-conseil.fr", "Baptiste Renaud", "FR",
            "full_name=Baptiste Renaud", "job_title=Chef de projet", "company=Hexa Conseil", "phone=+33147203040"),
        ["immeuble-address"] = new(
            """
            Bonjour,

            Veuillez trouver ci-joint notre proposition commerciale.

            Cordialement,
            Solène Brunet
            Responsable des achats
            Groupe Martin & Fils
            Immeuble Le Trident
            34 quai des Chartrons
            33000 Bordeaux
            Standard : 05 56 00 11 22
            """,
            "solene.brunet@martin-fils.fr", "Solène Brunet", "FR",
            "full_name=Solène Brunet", "job_title=Responsable des achats", "company=Groupe Martin & Fils",
            "address=Immeuble Le Trident, 34 quai des Chartrons, 33000 Bordeaux", "phone=+33556001122"),
        ["helios-crm-paste"] = new(
            """
            Bonjour Madame Martin,

            Suite à notre échange, je vous adresse notre plaquette et reste à votre disposition.

            Bien cordialement,
            Camille Rousseau
            Directrice des partenariats
            Helios Gestion
            Tél. : 01 44 55 66 77 | Port. : 06 11 22 33 44
            12 avenue Hoche, 75008 Paris
            www.helios-gestion.fr
            """,
            "camille.rousseau@helios-gestion.fr", "Camille Rousseau", "FR",
            "full_name=Camille Rousseau", "first_name=Camille", "last_name=Rousseau", "job_title=Directrice des partenariats",
            "company=Helios Gestion", "company_source=Signature", "email=camille.rousseau@helios-gestion.fr", "phone=+33144556677",
            "mobile=+33611223344", "fax=", "website=https://www.helios-gestion.fr", "linkedin=", "address=12 avenue Hoche, 75008 Paris",
            "signature=Bien cordialement,\nCamille Rousseau\nDirectrice des partenariats\nHelios Gestion\nTél. : 01 44 55 66 77 | Port. : 06 11 22 33 44\n12 avenue Hoche, 75008 Paris\nwww.helios-gestion.fr",
            "text=Bonjour Madame Martin,\n\nSuite à notre échange, je vous adresse notre plaquette et reste à votre disposition."),
        ["dupont-jean-caps"] = new(
            """
            Bonjour,

            Pourriez-vous nous faire un devis pour 2 M EUR ?

            Cordialement,

            DUPONT Jean
            Directeur commercial
            ACME SAS
            Tél. : 01 23 45 67 89
            """,
            "jean.dupont@acme.fr", "Jean Dupont", "FR",
            "full_name=DUPONT Jean", "first_name=Jean", "last_name=Dupont", "job_title=Directeur commercial", "company=ACME SAS",
            "phone=+33123456789", "mobile=", "email=jean.dupont@acme.fr"),
        ["jean-pierre-particle"] = new(
            """
            Cher Laurent,

            Je vous confirme notre accord sur les conditions proposées.

            Bien à vous,

            Jean-Pierre de La Roche
            Associé
            Vauban Partenaires
            Port. : 06 12 34 56 78
            Fax : 01 40 20 30 41
            """,
            "jp.delaroche@vauban-partenaires.fr", null, "FR",
            "full_name=Jean-Pierre de La Roche", "first_name=Jean-Pierre", "last_name=de La Roche", "job_title=Associé",
            "company=Vauban Partenaires", "mobile=+33612345678", "fax=+33140203041", "phone="),
        ["cedex-tower"] = new(
            """
            Madame, Monsieur,

            Vous trouverez ci-joint le bordereau signé.

            Cordialement,
            Hélène Marchand
            Responsable juridique
            Boréal Assurances
            20 avenue André Prothin
            92927 Paris La Défense CEDEX
            Tél. : +33 1 58 00 12 34
            """,
            "helene.marchand@boreal-assurances.fr", "Hélène Marchand", "FR",
            "full_name=Hélène Marchand", "job_title=Responsable juridique", "company=Boréal Assurances",
            "address=20 avenue André Prothin, 92927 Paris La Défense CEDEX", "phone=+33158001234"),
        ["bp-cedex-lyon"] = new(
            """
            Bonjour Sophie,

            Je reviens vers vous dès que j'ai la réponse du comité.

            Salutations,
            Olivier Girard
            Gérant
            Atelier Duval
            BP 1234
            69002 Lyon Cedex 02
            Tél : 04 72 10 20 30
            """,
            "o.girard@atelier-duval.fr", "Olivier Girard", "FR",
            "full_name=Olivier Girard", "job_title=Gérant", "company=Atelier Duval", "address=BP 1234, 69002 Lyon Cedex 02",
            "phone=+33472102030"),
        ["plus33-formats"] = new(
            """
            Bonjour,

            Merci pour votre retour rapide.

            Très cordialement
            Nathalie Fournier
            Chargée de clientèle
            Banque Lambert
            T : +33 (0)1 44 55 66 70
            M : +33 6 70 80 90 10
            """,
            "nathalie.fournier@banque-lambert.fr", "Nathalie Fournier", "FR",
            "full_name=Nathalie Fournier", "job_title=Chargée de clientèle", "company=Banque Lambert", "phone=+33144556670",
            "mobile=+33670809010"),
        ["pipes-one-line"] = new(
            """
            Bonjour Monsieur Perrin,

            Je vous propose un créneau jeudi à 14h30.

            Cordialement,
            Marie-Claire Fontaine | Responsable grands comptes | Boréal Assurances
            T : 04 78 00 11 22 | M : 07 81 22 33 44 | www.boreal-assurances.fr
            """,
            "mc.fontaine@boreal-assurances.fr", "Marie-Claire Fontaine", "FR",
            "full_name=Marie-Claire Fontaine", "first_name=Marie-Claire", "last_name=Fontaine", "job_title=Responsable grands comptes",
            "company=Boréal Assurances", "phone=+33478001122", "mobile=+33781223344", "website=https://www.boreal-assurances.fr"),
        ["dash-dash-separator"] = new(
            """
            Bonjour,

            Voici la version corrigée du communiqué.

            --
            Sophie Martin
            Chargée de communication
            Oréa Capital
            sophie.martin@orea-capital.fr
            """,
            "s.martin@orea-capital.fr", "Sophie Martin", "FR",
            "full_name=Sophie Martin", "job_title=Chargée de communication", "company=Oréa Capital", "email=sophie.martin@orea-capital.fr",
            "signature=--\nSophie Martin\nChargée de communication\nOréa Capital\nsophie.martin@orea-capital.fr",
            "text=Bonjour,\n\nVoici la version corrigée du communiqué."),
        ["no-closing"] = new(
            """
            Bonjour,

            Le dossier est complet, vous pouvez lancer la signature.

            Antoine Chevalier
            Gestionnaire de portefeuille
            Ardent Gestion Privée
            01 53 45 67 80
            """,
            "antoine.chevalier@ardent-gp.fr", "Antoine Chevalier", "FR",
            "full_name=Antoine Chevalier", "job_title=Gestionnaire de portefeuille", "company=Ardent Gestion Privée", "phone=+33153456780",
            "text=Bonjour,\n\nLe dossier est complet, vous pouvez lancer la signature."),
        ["no-signature"] = new(
            """
            Bonjour,

            Pouvez-vous me rappeler quand vous aurez un moment ? Le rendez-vous de mardi ne tient plus.
            """,
            "claire.robin@sequana-conseil.fr", "Claire Robin", "FR",
            "signature=", "phone=", "job_title=", "company=", "email=claire.robin@sequana-conseil.fr",
            "text=Bonjour,\n\nPouvez-vous me rappeler quand vous aurez un moment ? Le rendez-vous de mardi ne tient plus."),
        ["linkedin-fr"] = new(
            """
            Bonjour,

            Ravi d'avoir échangé avec vous hier.

            Cordialement,
            Thomas Bonnet
            Ingénieur commercial
            Lumière Technologies
            06 20 30 40 50
            linkedin.com/in/thomas-bonnet
            """,
            "thomas.bonnet@lumiere-tech.fr", "Thomas Bonnet", "FR",
            "full_name=Thomas Bonnet", "job_title=Ingénieur commercial", "company=Lumière Technologies", "mobile=+33620304050", "phone=",
            "linkedin=https://www.linkedin.com/in/thomas-bonnet", "website="),
        ["telecopie"] = new(
            """
            Maître,

            Je vous adresse les pièces du dossier Garnier.

            Bien cordialement,
            Isabelle Faure
            Avocat associé
            Cabinet Fournier Avocats
            3 rue de la Paix, 75002 Paris
            Téléphone : 01 42 60 70 80
            Télécopie : 01 42 60 70 81
            """,
            "i.faure@fournier-avocats.fr", "Isabelle Faure", "FR",
            "full_name=Isabelle Faure", "job_title=Avocat associé", "company=Cabinet Fournier Avocats", "phone=+33142607080",
            "fax=+33142607081", "address=3 rue de la Paix, 75002 Paris"),
        ["siret-rcs-not-phones"] = new(
            """
            Bonjour,

            Notre facture est jointe à ce message.

            Cordialement,
            Luc Mercier
            Responsable administratif et financier
            Transports Garnier SAS
            Tél. : 02 40 11 22 33
            SAS au capital de 150 000 € - RCS Nantes 512 345 678 - SIRET 512 345 678 00021
            """,
            "luc.mercier@transports-garnier.fr", "Luc Mercier", "FR",
            "phone=+33240112233", "mobile=", "fax=", "job_title=Responsable administratif et financier", "company=Transports Garnier SAS"),
        ["charge-affaires"] = new(
            """
            Bonjour Madame,

            Je me permets de revenir vers vous concernant notre rendez-vous.

            Bien cordialement,
            Guillaume Lefèvre
            Chargé d'affaires
            Banque Lambert
            Ligne directe : 01 70 36 45 12
            """,
            "guillaume.lefevre@banque-lambert.fr", "Guillaume Lefèvre", "FR",
            "full_name=Guillaume Lefèvre", "first_name=Guillaume", "last_name=Lefèvre", "job_title=Chargé d'affaires",
            "company=Banque Lambert", "phone=+33170364512"),
        ["le-gall"] = new(
            """
            Bonjour,

            Le comité se réunira le 14 pour valider l'opération.

            Cordialement,
            Yann Le Gall
            Directeur des opérations
            Kerlann Industrie
            02 98 44 55 66
            """,
            "yann.legall@kerlann.fr", "Yann Le Gall", "FR",
            "full_name=Yann Le Gall", "first_name=Yann", "last_name=Le Gall", "job_title=Directeur des opérations", "company=Kerlann Industrie",
            "phone=+33298445566"),
        ["du-pont"] = new(
            """
            Bonjour,

            Merci de bien vouloir confirmer votre présence.

            Bien à vous,
            Anne du Pont
            Présidente
            Arpège Patrimoine
            """,
            "anne.dupont@arpege-patrimoine.fr", "Anne du Pont", "FR",
            "full_name=Anne du Pont", "first_name=Anne", "last_name=du Pont", "job_title=Présidente", "company=Arpège Patrimoine"),
        ["assistant-email"] = new(
            """
            Bonjour,

            Monsieur Moreau vous propose un rendez-vous le 12 à 10h.

            Cordialement,
            Céline Blanc
            Assistante de direction
            Hexa Conseil
            celine.blanc@hexa-conseil.fr
            """,
            "direction@hexa-conseil.fr", null, "FR",
            "full_name=Céline Blanc", "job_title=Assistante de direction", "company=Hexa Conseil", "email=celine.blanc@hexa-conseil.fr"),
        ["free-mail-no-company"] = new(
            """
            Bonjour,

            Je suis intéressé par votre offre, pouvez-vous me rappeler ?

            Cordialement,
            Jean Duval
            06 45 67 89 01
            """,
            "jean.duval@orange.fr", "Jean Duval", "FR",
            "full_name=Jean Duval", "company=", "mobile=+33645678901", "email=jean.duval@orange.fr"),
        ["domain-company"] = new(
            """
            Bonjour,

            Voici nos disponibilités pour la visite du site.

            Cordialement,
            Pierre Garnier
            Directeur technique
            Tél. 04 91 22 33 44
            """,
            "pierre.garnier@mistral-energie.fr", "Pierre Garnier", "FR",
            "company=Mistral Energie", "company_source=Domain", "job_title=Directeur technique", "phone=+33491223344"),
        ["dotted-mobile"] = new(
            """
            Bonjour,

            C'est noté pour jeudi.

            Amicalement,
            Julien Masson
            Mobile : 07.61.22.33.44
            """,
            "julien.masson@gmail.com", "Julien Masson", "FR",
            "mobile=+33761223344", "phone=", "company="),
        ["date-not-phone"] = new(
            """
            Bonjour,

            Nos bureaux seront fermés du 14/07/2025 au 28/07/2025.

            Cordialement,
            Sandrine Perrin
            Service clients
            Altitude Finance SA
            Tél. : 03 88 12 34 56
            """,
            "sandrine.perrin@altitude-finance.fr", "Sandrine Perrin", "FR",
            "phone=+33388123456", "mobile=", "fax=", "company=Altitude Finance SA"),
        ["bis-address"] = new(
            """
            Bonjour,

            Le colis est parti ce matin.

            Cordialement,
            Delphine Brunet
            Responsable logistique
            Meunier & Cie
            14 bis rue Nationale, 59800 Lille
            03 20 55 66 77
            """,
            "delphine.brunet@meunier-cie.fr", "Delphine Brunet", "FR",
            "company=Meunier & Cie", "address=14 bis rue Nationale, 59800 Lille", "phone=+33320556677"),
        ["standard-plus33"] = new(
            """
            Bonjour,

            Je vous transmets le contrat signé.

            Bien cordialement,
            Mathilde Roux
            Juriste
            Novalis Gestion d'actifs
            Tél : +33 1 23 45 67 89 (standard)
            """,
            "mathilde.roux@novalis-ga.fr", "Mathilde Roux", "FR",
            "full_name=Mathilde Roux", "job_title=Juriste", "company=Novalis Gestion d'actifs", "phone=+33123456789"),
        ["hyphen-family"] = new(
            """
            Bonjour,

            Pouvez-vous nous faire parvenir le Kbis ?

            Cordialement,
            Agnès Dubois-Laurent
            Analyste crédit
            Cap Horn Capital
            """,
            "agnes.dubois-laurent@caphorn-capital.fr", "Agnès Dubois-Laurent", "FR",
            "full_name=Agnès Dubois-Laurent", "first_name=Agnès", "last_name=Dubois-Laurent", "job_title=Analyste crédit", "company=Cap Horn Capital"),
        ["header-dupont-first-only"] = new(
            """
            Bonjour,

            Merci pour l'envoi.

            Cordialement,
            Jean
            """,
            "jean.dupont@acme.fr", "DUPONT Jean", "FR",
            "full_name=Jean Dupont", "first_name=Jean", "last_name=Dupont", "signature=Cordialement,\nJean"),
        ["merci-only"] = new(
            """
            Bonjour,

            Pouvez-vous m'envoyer le devis avant vendredi ?

            Merci
            """,
            "sophie.girard@rive-gauche.fr", "Sophie Girard", "FR",
            "signature=Merci", "phone=", "full_name=Sophie Girard",
            "text=Bonjour,\n\nPouvez-vous m'envoyer le devis avant vendredi ?"),
        ["disclaimer-after"] = new(
            """
            Bonjour,

            Ci-joint l'avenant daté du 3 mars.

            Cordialement,
            Rémi Carpentier
            Chargé de mission
            Sequana Conseil
            01 45 67 89 12

            Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de
            ses destinataires. Si vous n'êtes pas le destinataire, merci de le supprimer et d'en avertir
            immédiatement l'expéditeur. Toute diffusion non autorisée est interdite.
            """,
            "remi.carpentier@sequana-conseil.fr", "Rémi Carpentier", "FR",
            "signature=Cordialement,\nRémi Carpentier\nChargé de mission\nSequana Conseil\n01 45 67 89 12", "phone=+33145678912",
            "job_title=Chargé de mission"),
        ["envoye-iphone"] = new(
            """
            Bonjour,

            Je serai en retard de dix minutes.

            Envoyé de mon iPhone
            """,
            "laurent.morel@gmail.com", "Laurent Morel", "FR",
            "text=Bonjour,\n\nJe serai en retard de dix minutes.", "phone=", "website="),
        ["caps-family-particle"] = new(
            """
            Bonjour,

            Voici le compte rendu de la réunion.

            Cordialement,
            DE VILLIERS Marc
            Directeur général délégué
            Chevalier Associés
            """,
            "marc.devilliers@chevalier-associes.fr", null, "FR",
            "full_name=DE VILLIERS Marc", "first_name=Marc", "last_name=de Villiers", "job_title=Directeur général délégué",
            "company=Chevalier Associés"),
        ["courriel-label"] = new(
            """
            Bonjour,

            Je vous remercie pour votre confiance.

            Sincères salutations,
            Valérie Lemoine
            Conseillère en gestion de patrimoine
            Arpège Patrimoine
            Courriel : v.lemoine@arpege-patrimoine.fr
            Site : https://www.arpege-patrimoine.fr/
            """,
            "contact@arpege-patrimoine.fr", null, "FR",
            "full_name=Valérie Lemoine", "email=v.lemoine@arpege-patrimoine.fr", "website=https://www.arpege-patrimoine.fr",
            "company=Arpège Patrimoine"),
    };
}
