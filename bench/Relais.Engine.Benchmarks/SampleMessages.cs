using System.Text;

namespace Relais.Engine.Benchmarks;

/// <summary>A realistic mix: plain FR/EN with signatures, HTML, quoted threads, a forward, an out-of-office.</summary>
internal static class SampleMessages
{
    public static readonly (string Name, byte[] Mime)[] All =
    [
        ("plain-fr", Plain("Jean Dupont <jean.dupont@acme.fr>", "Demande de devis", """
            Bonjour,

            Pourriez-vous nous faire parvenir un devis pour la maintenance annuelle de nos 40 postes ?
            Nous aurions besoin d'une réponse avant la fin du mois.

            Bien cordialement,
            Jean Dupont
            Directeur commercial
            ACME SAS
            Tél. : 01 23 45 67 89 | Port. : 06 12 34 56 78
            12 rue de la Paix, 75002 Paris
            www.acme.fr
            """)),
        ("plain-en", Plain("John Carter <john.carter@northwind-capital.com>", "Meeting next week", """
            Hi Claire,

            Would you be available for a call next Tuesday at 3pm to discuss the Q3 allocation?

            Best regards,
            John Carter
            Head of Operations | Northwind Capital
            T: +44 20 7946 0958
            M: +44 7700 900123
            """)),
        ("thread-fr", Plain("Paul Leroy <p.leroy@acme-industrie.fr>", "RE: Relance facture 2024-118", """
            Bonjour,

            La facture a été réglée ce matin par virement.

            Cordialement,
            Paul Leroy
            ACME Industrie
            Tél. : 01 42 68 53 00

            De : Claire Martin <claire.martin@helios-gestion.fr>
            Envoyé : lundi 3 juin 2024 10:12
            À : Paul Leroy <p.leroy@acme-industrie.fr>
            Objet : Relance facture 2024-118

            Bonjour Paul,
            Sauf erreur de notre part, la facture 2024-118 reste impayée.

            Le 28 mai 2024 à 09:00, Paul Leroy <p.leroy@acme-industrie.fr> a écrit :
            > Bonjour Claire,
            > Nous avons bien reçu la facture.
            > Paul
            """)),
        ("thread-en", Plain("John Carter <john.carter@northwind-capital.com>", "Re: Q2 report", """
            Thanks for the figures. Could we move the call to Thursday?

            John

            On Mon, 3 Jun 2024 at 10:12, Claire Martin <claire.martin@helios-gestion.fr> wrote:
            > Hello John,
            >
            > Please find attached the Q2 report.
            >
            > Claire
            >
            > On Fri, 31 May 2024 at 16:40, John Carter <john.carter@northwind-capital.com> wrote:
            >> Claire, when can we expect the Q2 report?
            """)),
        ("html-fr", Html("Sophie Bernard <sophie.bernard@helios-gestion.fr>", "Re: Comité du 12 juin", """
            <html><head><style>p{margin:0}</style></head><body><div>Bonjour Claire,</div><div><br></div>
            <div>Je serai présente au comité. Pouvez-vous m'envoyer l'ordre du jour ?</div><div><br></div>
            <div>Bien à vous,</div><div><b>Sophie Bernard</b></div><div>Responsable conformité</div>
            <table><tr><td>Tél. : 01 44 55 66 77</td><td>www.helios-gestion.fr</td></tr></table>
            <div class="gmail_quote"><div class="gmail_attr">Le lun. 3 juin 2024 à 10:12, Claire Martin a écrit :</div>
            <blockquote class="gmail_quote"><div>Bonjour Sophie,</div><div>Le comité aura lieu le 12 juin.</div></blockquote></div>
            </body></html>
            """)),
        ("forward-en", Plain("Sara Lane <sara.lane@northwind-capital.com>", "Fwd: Trade confirmation", """
            Claire, see below, can you check the settlement date?

            Sara

            ---------- Forwarded message ---------
            From: Trading Desk <desk@northwind-capital.com>
            Date: Mon, Jun 3, 2024 at 9:40 AM
            Subject: Trade confirmation
            To: Sara Lane <sara.lane@northwind-capital.com>

            Trade 4411 settles on 5 June.
            """)),
        ("out-of-office-fr", Plain("Marc Petit <marc.petit@acme.fr>", "Réponse automatique : Demande de devis", """
            Bonjour,

            Je suis absent du bureau jusqu'au 24 juin inclus, avec un accès limité à mes e-mails.
            Pour toute urgence, merci de contacter Julie Martin au 01 23 45 67 00.

            Marc Petit
            """)),
    ];

    private static byte[] Plain(string from, string subject, string body) => Message(from, subject, "text/plain", body);

    private static byte[] Html(string from, string subject, string body) => Message(from, subject, "text/html", body);

    private static byte[] Message(string from, string subject, string type, string body) => Encoding.UTF8.GetBytes(
        $"Message-ID: <{Guid.NewGuid():N}@bench.relais.test>\r\nDate: Mon, 3 Jun 2024 11:02:00 +0200\r\nFrom: {from}\r\n" +
        $"To: ventes@relais.test\r\nSubject: {subject}\r\nMIME-Version: 1.0\r\nContent-Type: {type}; charset=utf-8\r\n" +
        $"Content-Transfer-Encoding: 8bit\r\n\r\n{body.ReplaceLineEndings("\r\n")}");
}
