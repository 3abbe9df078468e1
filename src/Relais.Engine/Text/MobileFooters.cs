using System.Text.RegularExpressions;

namespace Relais.Engine.Text;

/// <summary>Lines a mail app adds under the sender's text ("Envoyé de mon iPhone", "Get Outlook for iOS"): not the sender's words.</summary>
internal static partial class MobileFooters
{
    // Every footer pattern below contains one of these words: the regexes run only on lines that have one.
    private static readonly PhraseSet Words = new(
    [
        "envoyé", "envoye", "expédié", "sent", "gesendet", "enviado", "inviato", "verzonden", "verstuurd", "outlook",
        "environment", "environnement", "print", "printing", "imprimer", "imprimez", "think", "green",
    ]);

    // Every footer pattern below opens with one of these words ("P" and the second word for "P Please consider..."):
    // every line of a body is checked, and the first two words rule out almost all of them.
    private static readonly LineOpening Openings = new(
    [
        "envoyé", "envoye", "expédié", "sent", "gesendet", "enviado", "inviato", "verzonden", "verstuurd", "von",
        "get", "download", "obtenir", "obtenez", "télécharger", "téléchargez", "telecharger", "telechargez", "holen", "descargar", "scarica",
        "please", "think", "pensez", "merci", "avant", "n", "respectez",
    ], wordsLookedAt: 2);

    public static bool IsFooter(string line)
    {
        var t = line.AsSpan().Trim();
        if (t.Length < 8 || t.Length > 120)
        {
            return false;
        }

        if (!Openings.MayOpen(t) || !Words.Matches(t))
        {
            return false;
        }

        var s = t.ToString();
        return SentFrom().IsMatch(s) || GetApp().IsMatch(s) || Environment().IsMatch(s);
    }

    /// <summary>"-- " or "--" left alone once a footer below it is gone.</summary>
    public static bool IsBareSeparator(string line) => line.Trim() is "--" or "—" or "__";

    [GeneratedRegex(@"^(?:(?:Envoyé|Envoye|Expédié|Sent|Gesendet|Enviado|Inviato|Verzonden|Verstuurd)\s+(?:de|depuis|à partir de|a partir de|from|via|using|with|von|desde|da|dal|dalla|vanaf|van|met)\s+(?:mon|ma|mes|l'|un|une|my|an?|meinem|mi|mio|il mio|mijn)?\s*.{0,40}?(?:iPhone|iPad|iOS|Android|BlackBerry|Samsung|Galaxy|Huawei|Xiaomi|Pixel|mobile|smartphone|téléphone|telephone|phone|tablette|tablet|appareil|device|Outlook|Yahoo|Mail|Gmail|Windows|ProtonMail|Proton Mail|Orange|Free|SFR|Bouygues|Telekom|Handy|móvil|movil|cellulare|telefoon)\b.{0,40}|Von meinem .{1,40} gesendet\.?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SentFrom();

    [GeneratedRegex(@"^(?:Get|Download|Obtenir|Obtenez|Télécharger|Téléchargez|Telecharger|Telechargez|Holen Sie sich|Descargar|Scarica|Download) Outlook (?:for|pour|für|para|per|voor) (?:iOS|Android)\s*(?:<[^>]*>|\[[^\]]*\]|\(https?://\S*\))?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GetApp();

    [GeneratedRegex(@"^\W{0,4}(?:P\s+)?(?:Please consider the environment before printing\b.*|Think (?:green|before you print)\b.*|Pensez à l'environnement\b.*|Pensez à l’environnement\b.*|Merci de penser à l'environnement\b.*|Avant d'imprimer,? pensez à l'environnement.*|N'imprimez (?:ce|cet) (?:e-?mail|courriel|message|mail) que si.*|Respectez l'environnement.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Environment();
}
