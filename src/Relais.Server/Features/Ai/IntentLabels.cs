namespace Relais.Server.Features.Ai;

/// <summary>The intent codes of SPEC section 4 with their French labels, as the seed shows them.</summary>
internal static class IntentLabels
{
    public static readonly IReadOnlyDictionary<string, string> French = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["meeting_request"] = "🗓️ Rendez-vous",
        ["info_request"] = "❓ Demande d'info",
        ["follow_up"] = "🔄 Relance",
        ["introduction"] = "👋 Présentation",
        ["quotation_request"] = "💰 Devis",
        ["closing"] = "✅ Conclusion",
        ["complaint"] = "⚠️ Réclamation",
        ["thank_you"] = "🙏 Remerciement",
        ["unsubscribe"] = "🚫 Désabonnement",
        ["other"] = "📝 Autre",
    };

    public static string Of(string code) => French.TryGetValue(code, out var label) ? label : French["other"];
}
