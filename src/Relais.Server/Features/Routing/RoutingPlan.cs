using System.Text.Json.Serialization;
using Relais.Data.Model;
using Relais.Server.Features.Ai;
using Relais.Server.Features.Emails;

namespace Relais.Server.Features.Routing;

/// <summary>One email to route: its interaction (changed in place) and what the rules and placeholders read; <c>Date</c> is when it was written (else received).</summary>
internal sealed record RoutedEmail(
    Interaction Interaction,
    string? SenderEmail,
    string? SenderName,
    string? Subject,
    string? Body,
    string? MessageId,
    string? ThreadId,
    RoutedPerson? Person,
    string? OrganisationName,
    string? OrganisationStage,
    string? SignatureCompany,
    DateTimeOffset Date,
    bool Automated = false);

/// <summary>The sender's person as routing sees them.</summary>
internal sealed record RoutedPerson(Guid Id, string? FirstName, string? LastName, Guid? OwnerId, bool Unsubscribed);

/// <summary>What one action would do or did, in full: the dry run's answer (members that do not apply are left out).</summary>
internal sealed record ActionPreview(
    RoutingActionType Type,
    string Outcome,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Detail = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Title = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Message = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Priority? Priority = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? DueAt = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? AssigneeId = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<Guid>? Recipients = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Tag = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Stage = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ToAddress = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Subject = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Body = null)
{
    /// <summary>In a dry run nothing is done: "done" reads "would_do".</summary>
    public ActionPreview AsDryRun() => Outcome == "done" ? this with { Outcome = "would_do" } : this;
}

/// <summary>A rule's verdict on one email: fired, or why not.</summary>
internal sealed record RuleVerdict(RoutingRule Rule, bool Fired, string? WhyNot, IReadOnlyList<ActionPreview> Actions);

/// <summary>
/// Routes emails under the team's rules (SPEC section 6) and collects what that does: the
/// interactions are changed in place (priority, tags, assignee); the new tasks, notifications,
/// queued replies and execution records, the people to unsubscribe and the organisations' new
/// stages are collected for the caller to write in its transaction, or to show (dry run).
/// </summary>
internal sealed class RoutingPlan(RoutingContext context, DateTimeOffset now, string trigger)
{
    public const int MaxAutoReplyBody = 20_000;

    /// <summary>
    /// Mail older than this (an archive import, a first sync of a mailbox) is routed on the interaction
    /// only: no task, notification or reply comes out of a conversation that is long over.
    /// </summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromDays(7);

    /// <summary>
    /// The usual stages of a sales pipeline by rank, French and English (accents ignored): a rule moves an
    /// organisation forward, never back, and never out of a stage it does not know (the team's own).
    /// </summary>
    private static readonly Dictionary<string, int> StageRanks = new(StringComparer.Ordinal)
    {
        [" lead "] = 0, [" prospect "] = 1, [" qualification "] = 2, [" proposition "] = 3, [" proposal "] = 3, [" devis "] = 3,
        [" negociation "] = 4, [" negotiation "] = 4, [" gagne "] = 5, [" won "] = 5, [" client "] = 5, [" customer "] = 5, [" perdu "] = 6, [" lost "] = 6,
    };

    public List<TaskItem> Tasks { get; } = [];
    public List<Notification> Notifications { get; } = [];
    public List<OutboxMessage> Outbox { get; } = [];
    public List<RoutingExecution> Executions { get; } = [];
    public HashSet<Guid> Unsubscribed { get; } = [];
    public Dictionary<Guid, string> Stages { get; } = [];

    /// <summary>How many times each rule fired.</summary>
    public Dictionary<Guid, int> Fired { get; } = [];

    /// <summary>Runs every active rule in order on the email; the fallback when none fired. Returns each rule's verdict.</summary>
    public List<RuleVerdict> Route(RoutedEmail email)
    {
        var interaction = email.Interaction;
        var folded = RoutingText.Fold(email.Subject) + RoutingText.Fold(email.Body);
        var values = Placeholders(email);
        var verdicts = new List<RuleVerdict>();
        var stopped = false;
        foreach (var rule in context.Rules)
        {
            var whyNot = !rule.Active ? "the rule is inactive" : stopped ? "a rule of higher priority stopped processing" : WhyNot(rule, email, folded);
            if (whyNot is not null)
            {
                verdicts.Add(new RuleVerdict(rule, false, whyNot, []));
                continue;
            }

            var previews = rule.Actions.Select(action => Act(rule, action, email, values)).ToList();
            verdicts.Add(new RuleVerdict(rule, true, null, previews));
            Record(rule.Id, interaction, previews, previews.Any(p => p.Outcome != "done") ? "partial" : "ok");
            Fired[rule.Id] = Fired.GetValueOrDefault(rule.Id) + 1;
            stopped = rule.StopProcessing;
        }

        if (!verdicts.Any(v => v.Fired))
        {
            var fallback = Fallback(email);
            if (fallback.Outcome == "done")
            {
                Record(null, interaction, [fallback], "fallback");
            }

            verdicts.Add(new RuleVerdict(new RoutingRule { Id = Guid.Empty, Name = "fallback", IntentTrigger = string.Empty }, false, null, [fallback]));
        }

        return verdicts;
    }

    private string? WhyNot(RoutingRule rule, RoutedEmail email, string folded)
    {
        var interaction = email.Interaction;
        if (!string.Equals(interaction.Intent, rule.IntentTrigger, StringComparison.Ordinal))
        {
            return $"intent is {interaction.Intent ?? "none"}, not {rule.IntentTrigger}";
        }

        var confidence = (interaction.IntentConfidence ?? 0) * 100;
        if (confidence + 1e-9 < rule.MinConfidence)
        {
            return $"confidence {confidence:0} is below {rule.MinConfidence}";
        }

        var conditions = rule.Conditions;
        if (conditions.SenderDomains.Count > 0)
        {
            var domain = email.SenderEmail is { } sender && sender.Contains('@', StringComparison.Ordinal) ? OwnAddresses.DomainOf(sender) : null;
            if (domain is null || !conditions.SenderDomains.Any(d => string.Equals(domain, d, StringComparison.OrdinalIgnoreCase) || domain.EndsWith('.' + d, StringComparison.OrdinalIgnoreCase)))
            {
                return "the sender's domain is not listed";
            }
        }

        if (conditions.Keywords.Count > 0 && !conditions.Keywords.Any(k => RoutingText.Contains(folded, k)))
        {
            return "no keyword in the subject or body";
        }

        if (conditions.BusinessHoursOnly && !context.InBusinessHours(now))
        {
            return "outside business hours";
        }

        if (conditions.MinPriority is { } min && interaction.Priority < min)
        {
            return $"priority is {EnumCodes.CodeOf(interaction.Priority)}, below {EnumCodes.CodeOf(min)}";
        }

        return null;
    }

    private ActionPreview Act(RoutingRule rule, RoutingAction action, RoutedEmail email, RoutingPlaceholders values)
    {
        var interaction = email.Interaction;
        if (now - email.Date > StaleAfter && action.Type is RoutingActionType.CreateTask or RoutingActionType.SendNotification or RoutingActionType.AutoReply)
        {
            return new ActionPreview(action.Type, "skipped", $"the email is older than {StaleAfter.TotalDays:0} days");
        }

        switch (action.Type)
        {
            case RoutingActionType.CreateTask:
                return Task(rule, email, values.Render(action.Title), action.Message is null ? null : values.Render(action.Message),
                    action.Priority ?? Priority.Normal, action.DueInHours, action.AssigneeId, RoutingActionType.CreateTask);

            case RoutingActionType.Escalate:
                interaction.Priority = Priority.Urgent;
                if (now - email.Date > StaleAfter)
                {
                    return new ActionPreview(action.Type, "skipped", $"priority urgent; no task: the email is older than {StaleAfter.TotalDays:0} days", Priority: Priority.Urgent);
                }

                return Task(rule, email, values.Render(action.Title ?? "Escalade : {subject}"), action.Message is null ? null : values.Render(action.Message),
                    Priority.Urgent, action.DueInHours ?? 4, action.AssigneeId, RoutingActionType.Escalate);

            case RoutingActionType.SendNotification:
            {
                var recipients = action.UserIds.Count > 0 ? [.. action.UserIds.Where(context.ActiveUsers.Contains).Distinct()] : context.Managers;
                if (recipients.Count == 0)
                {
                    return new ActionPreview(action.Type, "skipped", "nobody to notify");
                }

                var title = Clip(values.Render(action.Title ?? "{intent} : {subject}"), 300);
                var message = Clip(values.Render(action.Message ?? "De {sender} ({company})"), 2000);
                foreach (var user in recipients)
                {
                    Notifications.Add(new Notification
                    {
                        TeamId = interaction.TeamId, UserId = user, Kind = "routing", Title = title, Message = message,
                        Link = $"/interactions/{interaction.Id}", CreatedAt = now,
                    });
                }

                return new ActionPreview(action.Type, "done", $"{recipients.Count} notified", Title: title, Message: message, Recipients: recipients);
            }

            case RoutingActionType.SetPriority:
                interaction.Priority = action.Priority ?? Priority.Normal;
                return new ActionPreview(action.Type, "done", Priority: interaction.Priority);

            case RoutingActionType.TagInteraction:
            {
                var tag = values.Render(action.Tag).Trim();
                if (!interaction.Tags.Contains(tag, StringComparer.OrdinalIgnoreCase))
                {
                    interaction.Tags = [.. interaction.Tags, tag];
                }

                return new ActionPreview(action.Type, "done", Tag: tag);
            }

            case RoutingActionType.AssignToUser:
                if (action.AssigneeId is not { } assignee || !context.ActiveUsers.Contains(assignee))
                {
                    return new ActionPreview(action.Type, "skipped", "the user is not an active member of the team");
                }

                interaction.AssigneeId = assignee;
                return new ActionPreview(action.Type, "done", AssigneeId: assignee);

            case RoutingActionType.AddToPipeline:
                if (interaction.OrganisationId is not { } organisation)
                {
                    return new ActionPreview(action.Type, "skipped", "the sender has no organisation");
                }

                var current = Stages.GetValueOrDefault(organisation) ?? email.OrganisationStage;
                if (!Advances(current, action.Stage!))
                {
                    return new ActionPreview(action.Type, "skipped", "the organisation is already at this stage, a later one, or one of the team's own", Stage: current);
                }

                Stages[organisation] = action.Stage!;
                return new ActionPreview(action.Type, "done", Stage: action.Stage);

            case RoutingActionType.MarkUnsubscribed:
                if (email.Person is not { } person)
                {
                    return new ActionPreview(action.Type, "skipped", "the sender is not a person of the CRM");
                }

                Unsubscribed.Add(person.Id);
                return new ActionPreview(action.Type, "done");

            case RoutingActionType.AutoReply:
                return AutoReply(rule, action, email, values);

            default:
                return new ActionPreview(action.Type, "skipped", "unknown action");
        }
    }

    private ActionPreview Task(RoutingRule rule, RoutedEmail email, string title, string? message, Priority priority, double? dueInHours, Guid? assignee, RoutingActionType type)
    {
        var interaction = email.Interaction;
        var to = assignee is { } named && context.ActiveUsers.Contains(named) ? named : interaction.AssigneeId ?? Owner(email);
        var task = new TaskItem
        {
            TeamId = interaction.TeamId,
            Title = Clip(title.Length == 0 ? email.Subject ?? "(sans objet)" : title, 500),
            Description = message is null ? null : Clip(message, 10_000),
            Priority = priority,
            DueAt = dueInHours is { } hours ? now.AddHours(hours) : null,
            AssigneeId = to,
            PersonId = interaction.PersonId,
            OrganisationId = interaction.OrganisationId,
            InteractionId = interaction.Id,
            CreatedByRuleId = rule.Id == Guid.Empty ? null : rule.Id,
            CreatedAt = now,
        };
        Tasks.Add(task);
        return new ActionPreview(type, "done", null, task.Title, task.Description, task.Priority, task.DueAt, task.AssigneeId);
    }

    private ActionPreview AutoReply(RoutingRule rule, RoutingAction action, RoutedEmail email, RoutingPlaceholders values)
    {
        var type = RoutingActionType.AutoReply;
        var to = email.SenderEmail;
        var threadKey = ThreadKey(email);
        var skipped = to is null ? "the email has no sender address"
            : email.Automated ? "automated mail is never answered"
            : context.Own.Contains(to) ? "the sender is the team's own address"
            : context.Blacklist.Matches(to) ? "the sender is blacklisted"
            : email.Person?.Unsubscribed == true ? "the person is unsubscribed"
            : context.Team.AutoReplyDailyCap <= 0 ? "auto-replies are turned off for the team"
            : context.RepliedThreads.Contains(threadKey) ? "this thread already had an auto-reply"
            : context.RepliesToday >= context.Team.AutoReplyDailyCap ? $"the daily cap of {context.Team.AutoReplyDailyCap} auto-replies is reached"
            : null;
        if (skipped is not null)
        {
            return new ActionPreview(type, "skipped", skipped);
        }

        var subject = Clip(values.Render(action.Subject ?? "Re: {subject}").ReplaceLineEndings(" "), 1000);
        var body = Clip(values.Render(action.Template), MaxAutoReplyBody);
        var message = new OutboxMessage
        {
            TeamId = email.Interaction.TeamId,
            RuleId = rule.Id,
            EmailMessageId = email.Interaction.EmailMessageId,
            ThreadKey = threadKey,
            ToAddress = to!,
            ToName = email.SenderName is { Length: > 0 } name ? Clip(name, 300) : null,
            Subject = subject,
            Body = body,
            InReplyTo = email.MessageId,
            CreatedAt = now,
            NextAttemptAt = now,
        };
        Outbox.Add(message);
        context.RepliedThreads.Add(threadKey);
        context.RepliesToday++;
        return new ActionPreview(type, "done", "queued", ToAddress: to, Subject: subject, Body: body);
    }

    /// <summary>Nothing fired: the interaction goes to the person's owner, else the default assignee (by the team's setting).</summary>
    private ActionPreview Fallback(RoutedEmail email)
    {
        var interaction = email.Interaction;
        if (interaction.AssigneeId is not null)
        {
            return new ActionPreview(RoutingActionType.AssignToUser, "skipped", "already assigned", AssigneeId: interaction.AssigneeId);
        }

        var to = context.Team.RoutingFallback switch
        {
            RoutingFallback.OwnerThenDefault => Owner(email),
            RoutingFallback.DefaultAssignee => Active(context.Team.DefaultAssigneeId),
            _ => null,
        };
        if (to is null)
        {
            return new ActionPreview(RoutingActionType.AssignToUser, "skipped", context.Team.RoutingFallback == RoutingFallback.None ? "the team's fallback leaves it unassigned" : "no owner and no default assignee");
        }

        interaction.AssigneeId = to;
        return new ActionPreview(RoutingActionType.AssignToUser, "done", "fallback", AssigneeId: to);
    }

    /// <summary>A stage is taken when the organisation has none, or when both are known and the new one ranks higher.</summary>
    public static bool Advances(string? current, string stage)
    {
        if (string.IsNullOrWhiteSpace(current))
        {
            return true;
        }

        return StageRanks.TryGetValue(RoutingText.Fold(current), out var from) && StageRanks.TryGetValue(RoutingText.Fold(stage), out var to) && to > from;
    }

    private Guid? Owner(RoutedEmail email) => Active(email.Person?.OwnerId) ?? Active(context.Team.DefaultAssigneeId);

    private Guid? Active(Guid? user) => user is { } id && context.ActiveUsers.Contains(id) ? id : null;

    private void Record(Guid? ruleId, Interaction interaction, IEnumerable<ActionPreview> previews, string result) =>
        Executions.Add(new RoutingExecution
        {
            TeamId = interaction.TeamId,
            RuleId = ruleId,
            EmailMessageId = interaction.EmailMessageId,
            InteractionId = interaction.Id,
            Actions = [.. previews.Select(p => new RoutingActionResult(EnumCodes.CodeOf(p.Type), p.Outcome, p.Outcome == "done" ? null : p.Detail))],
            Result = result,
            Trigger = trigger,
            ExecutedAt = now,
        });

    public static string ThreadKey(RoutedEmail email) =>
        Clip(email.ThreadId ?? email.MessageId ?? email.Interaction.EmailMessageId?.ToString() ?? email.Interaction.Id.ToString(), 1000);

    private static RoutingPlaceholders Placeholders(RoutedEmail email)
    {
        var person = email.Person is { } p ? string.Join(' ', new[] { p.FirstName, p.LastName }.Where(s => !string.IsNullOrWhiteSpace(s))) : string.Empty;
        var sender = person.Length > 0 ? person : !string.IsNullOrWhiteSpace(email.SenderName) ? email.SenderName.Trim() : email.SenderEmail ?? "l'expéditeur";
        var domain = email.SenderEmail is { } address && address.Contains('@', StringComparison.Ordinal) ? OwnAddresses.DomainOf(address) : null;
        var company = email.OrganisationName ?? email.SignatureCompany ?? domain ?? sender;
        var intent = email.Interaction.Intent is { } code ? IntentLabels.Of(code) : IntentLabels.Of("other");
        return new RoutingPlaceholders(sender, email.SenderEmail ?? string.Empty, company, email.Subject?.Trim() ?? "(sans objet)", intent);
    }

    private static string Clip(string value, int max) => value.Length <= max ? value : value[..max];
}
