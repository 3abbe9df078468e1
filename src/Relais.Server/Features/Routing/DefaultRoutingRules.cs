using Relais.Data.Model;

namespace Relais.Server.Features.Routing;

/// <summary>The five rules of SPEC section 6 every new team starts with (editable like any other).</summary>
public static class DefaultRoutingRules
{
    /// <summary>The engine's intent confidence a default rule needs (its calibrated 0.5 is a coin toss).</summary>
    public const int MinConfidence = 55;

    public static List<RoutingRule> For(Guid teamId, DateTimeOffset now) =>
    [
        Rule(teamId, now, "Demande de rendez-vous", "Une tâche pour répondre dans la journée, et les responsables prévenus.", "meeting_request", 50,
        [
            new RoutingAction { Type = RoutingActionType.CreateTask, Title = "Répondre à la demande de rendez-vous de {sender}", Priority = Priority.High, DueInHours = 24 },
            new RoutingAction { Type = RoutingActionType.SendNotification, Title = "Demande de rendez-vous de {sender}", Message = "{sender} ({company}) : {subject}" },
        ]),
        Rule(teamId, now, "Demande de devis", "Une tâche pour préparer le devis sous deux jours ; l'organisation passe en proposition.", "quotation_request", 50,
        [
            new RoutingAction { Type = RoutingActionType.CreateTask, Title = "Préparer devis pour {company}", Priority = Priority.High, DueInHours = 48 },
            new RoutingAction { Type = RoutingActionType.AddToPipeline, Stage = "proposition" },
        ]),
        Rule(teamId, now, "Réclamation", "Escalade : tâche urgente sous 4 heures, priorité urgente, responsables prévenus.", "complaint", 60,
        [
            new RoutingAction { Type = RoutingActionType.Escalate, Title = "Réclamation de {sender} : {subject}", DueInHours = 4 },
            new RoutingAction { Type = RoutingActionType.SetPriority, Priority = Priority.Urgent },
            new RoutingAction { Type = RoutingActionType.SendNotification, Title = "Réclamation de {sender}", Message = "{sender} ({company}) : {subject}" },
        ]),
        Rule(teamId, now, "Relance", "Les relances sont étiquetées.", "follow_up", 40,
        [
            new RoutingAction { Type = RoutingActionType.TagInteraction, Tag = "follow-up" },
        ]),
        Rule(teamId, now, "Désabonnement", "La personne est désabonnée et reçoit une confirmation.", "unsubscribe", 30,
        [
            new RoutingAction { Type = RoutingActionType.TagInteraction, Tag = "unsubscribe" },
            new RoutingAction { Type = RoutingActionType.MarkUnsubscribed },
            new RoutingAction
            {
                Type = RoutingActionType.AutoReply,
                Subject = "Re: {subject}",
                Template = "Bonjour {sender},\n\nNous avons bien pris en compte votre demande : vous ne recevrez plus nos envois.\n\nCordialement,\nL'équipe commerciale",
            },
        ]),
    ];

    private static RoutingRule Rule(Guid teamId, DateTimeOffset now, string name, string description, string intent, int priority, List<RoutingAction> actions) => new()
    {
        TeamId = teamId,
        Name = name,
        Description = description,
        IntentTrigger = intent,
        MinConfidence = MinConfidence,
        Priority = priority,
        Actions = actions,
        CreatedAt = now,
        UpdatedAt = now,
    };
}
