using System.ComponentModel.DataAnnotations;
using Relais.Data.Model;
using Relais.Server.Features.Ai;

namespace Relais.Server.Features.Routing;

/// <summary>A rule as written by the API (<c>POST</c> and <c>PUT /routing-rules</c>).</summary>
public sealed record RoutingRuleInput(
    [Required, StringLength(200, MinimumLength = 1)] string Name,
    [Required] string IntentTrigger,
    [StringLength(2000)] string? Description = null,
    bool Active = true,
    [Range(-10_000, 10_000)] int Priority = 0,
    [Range(0, 100)] int MinConfidence = 0,
    RoutingConditions? Conditions = null,
    List<RoutingAction>? Actions = null,
    bool StopProcessing = false) : IValidatableObject
{
    public const int MaxActions = 20;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IntentLabels.French.ContainsKey(IntentTrigger ?? string.Empty))
        {
            yield return new ValidationResult($"Must be one of: {string.Join(", ", IntentLabels.French.Keys)}.", ["IntentTrigger"]);
        }

        var conditions = Conditions ?? new RoutingConditions();
        if (conditions.SenderDomains.Count > 100 || conditions.SenderDomains.Any(d => string.IsNullOrWhiteSpace(d) || d.Trim().TrimStart('@').Length > 253 || d.Contains(' ', StringComparison.Ordinal)))
        {
            yield return new ValidationResult("Give at most 100 domain names, for example example.fr.", ["Conditions.SenderDomains"]);
        }

        if (conditions.Keywords.Count > 100 || conditions.Keywords.Any(k => RoutingText.Fold(k).Trim().Length < 2 || k.Length > 200))
        {
            yield return new ValidationResult("Give at most 100 keywords of 2 to 200 characters (letters or digits).", ["Conditions.Keywords"]);
        }

        var actions = Actions ?? [];
        if (actions.Count is 0 or > MaxActions)
        {
            yield return new ValidationResult($"A rule has from 1 to {MaxActions} actions.", ["Actions"]);
        }

        for (var i = 0; i < actions.Count; i++)
        {
            foreach (var (member, message) in Problems(actions[i]))
            {
                yield return new ValidationResult(message, [$"Actions[{i}].{member}"]);
            }
        }
    }

    /// <summary>The members each action type needs, and the texts' limits and placeholders.</summary>
    private static IEnumerable<(string Member, string Message)> Problems(RoutingAction action)
    {
        static bool Blank(string? s) => string.IsNullOrWhiteSpace(s);
        switch (action.Type)
        {
            case RoutingActionType.CreateTask when Blank(action.Title):
                yield return ("Title", "create_task needs a title.");
                break;
            case RoutingActionType.SetPriority when action.Priority is null:
                yield return ("Priority", "set_priority needs a priority: low, normal, high or urgent.");
                break;
            case RoutingActionType.TagInteraction when Blank(action.Tag) || action.Tag!.Length > 50:
                yield return ("Tag", "tag_interaction needs a tag of at most 50 characters.");
                break;
            case RoutingActionType.AssignToUser when action.AssigneeId is null:
                yield return ("AssigneeId", "assign_to_user needs an assignee_id.");
                break;
            case RoutingActionType.AddToPipeline when Blank(action.Stage) || action.Stage!.Length > 100:
                yield return ("Stage", "add_to_pipeline needs a stage of at most 100 characters.");
                break;
            case RoutingActionType.AutoReply when Blank(action.Template):
                yield return ("Template", "auto_reply needs a template (the reply's text).");
                break;
        }

        if (action.DueInHours is { } hours && hours is <= 0 or > 24 * 365)
        {
            yield return ("DueInHours", "due_in_hours is from 0 to 8760 (a year).");
        }

        if (action.UserIds.Count > 100)
        {
            yield return ("UserIds", "At most 100 users.");
        }

        foreach (var (member, text, max) in new[] { ("Title", action.Title, 500), ("Message", action.Message, 2000), ("Subject", action.Subject, 500), ("Template", action.Template, RoutingPlan.MaxAutoReplyBody) })
        {
            if (text is { } t && t.Length > max)
            {
                yield return (member, $"At most {max} characters.");
            }
            else if (RoutingPlaceholders.Unknown(text).FirstOrDefault() is { } unknown)
            {
                yield return (member, $"Unknown placeholder {{{unknown}}}: use {string.Join(", ", RoutingPlaceholders.Names.Select(n => "{" + n + "}"))}.");
            }
        }
    }

    public void ApplyTo(RoutingRule rule, DateTimeOffset now)
    {
        var conditions = Conditions ?? new RoutingConditions();
        rule.Name = Name.Trim();
        rule.Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim();
        rule.Active = Active;
        rule.Priority = Priority;
        rule.IntentTrigger = IntentTrigger;
        rule.MinConfidence = MinConfidence;
        rule.Conditions = conditions with
        {
            SenderDomains = [.. conditions.SenderDomains.Select(d => d.Trim().TrimStart('@').ToLowerInvariant()).Distinct()],
            Keywords = [.. conditions.Keywords.Select(k => k.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)],
        };
        rule.Actions = [.. (Actions ?? []).Select(a => a with { UserIds = [.. a.UserIds.Distinct()] })];
        rule.StopProcessing = StopProcessing;
        rule.UpdatedAt = now;
    }

    /// <summary>Every user id the actions name, with the field that names it.</summary>
    public IEnumerable<(string Field, Guid Id)> Users() => (Actions ?? []).SelectMany((a, i) =>
        (a.AssigneeId is { } id ? [($"actions[{i}].assignee_id", id)] : Array.Empty<(string, Guid)>())
            .Concat(a.UserIds.Select((u, j) => ($"actions[{i}].user_ids[{j}]", u))));
}

internal sealed record RoutingRuleResponse(
    Guid Id,
    string Name,
    string? Description,
    bool Active,
    int Priority,
    string IntentTrigger,
    string IntentLabel,
    int MinConfidence,
    RoutingConditions Conditions,
    List<RoutingAction> Actions,
    bool StopProcessing,
    int ExecutionCount,
    DateTimeOffset? LastExecutedAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static RoutingRuleResponse From(RoutingRule r) => new(
        r.Id, r.Name, r.Description, r.Active, r.Priority, r.IntentTrigger, IntentLabels.Of(r.IntentTrigger), r.MinConfidence, r.Conditions, r.Actions,
        r.StopProcessing, r.ExecutionCount, r.LastExecutedAt, r.CreatedAt, r.UpdatedAt);
}

/// <summary>What the engine found, as routing reads it.</summary>
internal sealed record RoutingAnalysis(
    string Intent, string IntentLabel, double Confidence, bool NeedsReply, string? Automated, string? Language,
    string? SenderEmail, Guid? PersonId, Guid? OrganisationId, string? Company);

/// <summary>A rule's verdict in a dry run or a run: fired (with what each action did or would do), or why not.</summary>
internal sealed record RuleVerdictResponse(Guid? RuleId, string Name, int Priority, bool Matched, string? Reason, bool StopProcessing, IReadOnlyList<ActionPreview> Actions);

/// <summary>The answer of <c>POST /routing-rules/test</c> and <c>/run</c>.</summary>
internal sealed record RoutingTestResponse(
    bool DryRun, RoutingAnalysis Analysis, IReadOnlyList<RuleVerdictResponse> Matched, IReadOnlyList<RuleVerdictResponse> NotMatched, RuleVerdictResponse? Fallback);

/// <summary>Runs the rules for real on a stored, analysed email.</summary>
public sealed record RoutingRunRequest([Required] Guid? EmailId);

internal sealed record RoutingExecutionResponse(Guid Id, Guid? RuleId, Guid? EmailMessageId, Guid? InteractionId, List<RoutingActionResult> Actions, string Result, string Trigger, DateTimeOffset ExecutedAt);
