using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace Relais.Server.Tests.Infrastructure;

/// <summary>Real-looking French and English mail the tests own, as raw RFC 5322 text.</summary>
public static class Mail
{
    private static int _sequence;

    public static string Letter(
        string fromEmail, string fromName, string subject, string body, string signature, DateTimeOffset? date = null, string? messageId = null, string? extraHeaders = null)
    {
        var id = messageId ?? $"<{Interlocked.Increment(ref _sequence)}.{Guid.NewGuid():N}@{fromEmail.Split('@')[1]}>";
        var when = (date ?? new DateTimeOffset(2025, 6, 1, 10, 30, 0, TimeSpan.FromHours(2))).ToString("ddd, d MMM yyyy HH:mm:ss zzz", CultureInfo.InvariantCulture).Remove(26, 1);
        return $"""
            From: {fromName} <{fromEmail}>
            To: Camille Bertrand <camille.bertrand@relais-demo.fr>
            Subject: {subject}
            Message-ID: {id}
            Date: {when}
            MIME-Version: 1.0
            {extraHeaders}Content-Type: text/plain; charset=utf-8
            Content-Transfer-Encoding: 8bit

            {body}

            {signature}
            """.ReplaceLineEndings("\r\n");
    }

    /// <summary>Jean Dupont of ACME Gestion asks for a quote; his signature carries title, company, phones.</summary>
    public static string Dupont(string subject = "Demande de devis", string? messageId = null) => Letter(
        "jean.dupont@acme-gestion.fr", "Jean Dupont", subject,
        "Bonjour,\r\n\r\nPourriez-vous nous faire parvenir un devis pour la gestion de 2 M EUR ? Merci de revenir vers moi rapidement.",
        "Cordialement,\r\nJean Dupont\r\nDirecteur commercial\r\nACME Gestion\r\nTél. : +33 1 42 68 53 00\r\nPort. : +33 6 12 34 56 78\r\n12, rue de la Paix, 75002 Paris",
        messageId: messageId);

    public static string OutOfOffice(string fromEmail = "jean.dupont@acme-gestion.fr") => $"""
        From: Jean Dupont <{fromEmail}>
        To: camille.bertrand@relais-demo.fr
        Subject: Réponse automatique : Demande de devis
        Message-ID: <ooo.{Guid.NewGuid():N}@acme-gestion.fr>
        Date: Mon, 2 Jun 2025 09:00:00 +0200
        Auto-Submitted: auto-replied
        X-Autoreply: yes
        Content-Type: text/plain; charset=utf-8

        Bonjour,

        Je suis absent du bureau jusqu'au 15 juin, avec un accès limité à mes e-mails.
        Pour toute urgence, contactez Marie Durand au +33 1 42 68 53 99.

        Jean Dupont
        Directeur général
        ACME Gestion
        """.ReplaceLineEndings("\r\n");

    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, string mime)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(mime));
        content.Headers.ContentType = new MediaTypeHeaderValue("message/rfc822");
        return await client.PostAsync("/api/v1/emails", content);
    }
}
