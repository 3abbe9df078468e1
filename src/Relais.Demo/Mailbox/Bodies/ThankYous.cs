namespace Relais.Demo.Mailbox.Bodies;

/// <summary>thank_you: thanks, and nothing else asked.</summary>
internal static class ThankYous
{
    public static readonly BodyTemplates Standalone = new("thank_you", false,
        ["Merci !", "Remerciements", "Merci"],
        ["Thank you", "Many thanks"],
        [
            "[Merci pour le déjeuner|Déjeuner de {weekday}] Un grand merci pour le déjeuner de {weekday}, c'était un plaisir d'échanger avec vous et Guillaume. Vos convictions sur les taux ont beaucoup intéressé notre comité.",
            "[Merci pour votre accueil] Je tenais à vous remercier pour votre accueil et la qualité de la présentation. Toute l'équipe en a retiré beaucoup.",
            "[Votre conférence] Merci pour l'invitation à votre conférence ; les échanges étaient passionnants.",
            "Merci encore pour votre réactivité sur notre dernier dossier, c'est très appréciable.",
        ],
        [
            "[Thanks for lunch|Great to see you] Many thanks for lunch on {weekday} – it was a pleasure to catch up with you and Guillaume. Your views on rates went down very well with our committee.",
            "Just wanted to say thank you for hosting us and for an excellent presentation.",
            "Thanks again for your quick turnaround on our last request, it's much appreciated.",
        ]);

    public static readonly BodyTemplates ByTeam = new("thank_you", false,
        ["Merci", "Remerciements"],
        ["Thank you for your time", "Thank you"],
        [
            "[Merci pour votre accueil|Suite à notre rendez-vous] Merci encore pour votre accueil {weekday} et pour la qualité de nos échanges. Toute l'équipe a apprécié cette rencontre.",
            "[Merci pour votre confiance] Je tenais à vous remercier pour votre confiance renouvelée : nous sommes très heureux de vous compter parmi nos clients.",
            "[Suite à notre rendez-vous] Merci d'avoir pris le temps de nous recevoir {weekday}, c'était un plaisir de faire votre connaissance.",
        ],
        [
            "Thank you again for your time on {weekday} – it was a real pleasure to meet your team.",
            "Many thanks for your continued trust; we are delighted to count you among our clients.",
        ]);

    /// <summary>Thanks at the end of a thread, quoting what is thanked for.</summary>
    public static readonly BodyTemplates InReply = new("thank_you", false, [], [],
        [
            "Merci beaucoup, c'est parfait.",
            "Bien reçu, merci pour votre rapidité !",
            "Merci {you}, c'est très clair. Bonne fin de journée.",
            "Parfait, merci pour ces éléments. Je transmets à notre comité.",
            "Un grand merci pour votre retour rapide.",
        ],
        [
            "Many thanks, that's perfect.",
            "Received, thank you for the quick turnaround!",
            "Thanks {you}, very helpful.",
            "Perfect, thanks. I'll pass it on to the committee.",
        ]);
}
