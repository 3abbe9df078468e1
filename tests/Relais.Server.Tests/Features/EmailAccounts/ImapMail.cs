using Relais.Server.Tests.Infrastructure;

namespace Relais.Server.Tests.Features.EmailAccounts;

/// <summary>Mail the IMAP tests put in their mailboxes: clients writing in, and the mailbox owner's replies.</summary>
internal static class ImapMail
{
    private static readonly (string Email, string Name, string Subject, string Body, string Signature)[] Letters =
    [
        ("jean.dupont@acme-gestion.fr", "Jean Dupont", "Demande de devis",
            "Bonjour,\r\n\r\nPourriez-vous nous adresser un devis pour la gestion de 2 M EUR ?", "Cordialement,\r\nJean Dupont\r\nDirecteur commercial\r\nACME Gestion"),
        ("sarah.jones@northwind-capital.co.uk", "Sarah Jones", "Meeting next week",
            "Hello,\r\n\r\nCould we meet on Tuesday to discuss the mandate?", "Best regards,\r\nSarah Jones\r\nHead of Partnerships\r\nNorthwind Capital"),
        ("luc.moreau@banque-alpine.fr", "Luc Moreau", "Rendez-vous jeudi",
            "Bonjour,\r\n\r\nJe vous confirme notre rendez-vous de jeudi à 10 h.", "Bien à vous,\r\nLuc Moreau\r\nBanque Alpine"),
        ("emily.clark@harbour-advisors.com", "Emily Clark", "Quarterly report",
            "Hi,\r\n\r\nPlease find our quarterly questions below; could you reply by Friday?", "Kind regards,\r\nEmily Clark\r\nHarbour Advisors"),
        ("ines.garnier@cabinet-garnier.fr", "Inès Garnier", "Question sur le contrat",
            "Bonjour,\r\n\r\nPouvez-vous me rappeler au sujet de l'article 4 du contrat ?", "Merci,\r\nInès Garnier\r\nCabinet Garnier"),
    ];

    private static int _sequence;

    /// <summary>A client's letter to the mailbox; each call a new message (its own Message-ID and subject).</summary>
    public static string Inbound()
    {
        var n = Interlocked.Increment(ref _sequence);
        var (email, name, subject, body, signature) = Letters[n % Letters.Length];
        return Mail.Letter(email, name, $"{subject} ({n})", body, signature, date: new DateTimeOffset(2025, 6, 1, 9, 0, 0, TimeSpan.Zero).AddMinutes(n));
    }

    /// <summary>The owner's answer to a client, as the Sent folder keeps it.</summary>
    public static string Sent(string owner)
    {
        var n = Interlocked.Increment(ref _sequence);
        return $"""
            From: Camille Bertrand <{owner}>
            To: Jean Dupont <jean.dupont@acme-gestion.fr>
            Subject: Re: Demande de devis ({n})
            Message-ID: <sent.{n}.{Guid.NewGuid():N}@relais-demo.fr>
            Date: Mon, 2 Jun 2025 11:{n % 60:00}:00 +0200
            MIME-Version: 1.0
            Content-Type: text/plain; charset=utf-8
            Content-Transfer-Encoding: 8bit

            Bonjour Jean,

            Vous trouverez notre proposition ci-jointe.

            Cordialement,
            Camille Bertrand
            Relais Démo Gestion
            """.ReplaceLineEndings("\r\n");
    }

    public static string[] Inbound(int count) => [.. Enumerable.Range(0, count).Select(_ => Inbound())];
}
