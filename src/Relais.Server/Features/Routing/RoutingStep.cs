using Microsoft.EntityFrameworkCore;
using Relais.Data;
using Relais.Server.Features.Blacklist;
using Relais.Server.Features.Emails;

namespace Relais.Server.Features.Routing;

/// <summary>
/// Routing inside a write transaction: loads the team's context, routes the emails (their
/// interactions are changed in place, for the caller to write), and writes what the rules made:
/// tasks, notifications, queued replies, execution records, people unsubscribed, organisations'
/// stages and the rules' counters, each kind in one statement.
/// </summary>
internal static class RoutingStep
{
    /// <summary>Routes the emails: their interactions change in place; nothing is written yet.</summary>
    public static async Task<RoutingPlan> RouteAsync(
        RelaisDbContext db, Guid teamId, IReadOnlyList<RoutedEmail> emails, DateTimeOffset now, string trigger, CancellationToken cancellationToken,
        SenderBlacklist? blacklist = null, OwnAddresses? own = null)
    {
        var context = await RoutingContext.LoadAsync(db, teamId, now, [.. emails.Select(RoutingPlan.ThreadKey)], cancellationToken, blacklist: blacklist, own: own);
        var plan = new RoutingPlan(context, now, trigger);
        foreach (var email in emails)
        {
            plan.Route(email);
        }

        return plan;
    }

    /// <summary>Writes the plan's rows and changes, once the interactions they point at are written (they are the caller's).</summary>
    public static async Task WriteAsync(RelaisDbContext db, RoutingPlan plan, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await db.InsertAllAsync(plan.Tasks, cancellationToken);
        await db.InsertAllAsync(plan.Notifications, cancellationToken);
        await db.InsertAllAsync(plan.Outbox, cancellationToken);
        await db.InsertAllAsync(plan.Executions, cancellationToken);
        if (plan.Unsubscribed.Count > 0)
        {
            var ids = plan.Unsubscribed.ToList();
            await db.People.Where(p => ids.Contains(p.Id)).ExecuteUpdateAsync(
                s => s.SetProperty(p => p.Unsubscribed, true).SetProperty(p => p.ConsentEmail, false).SetProperty(p => p.UpdatedAt, now), cancellationToken);
        }

        foreach (var stage in plan.Stages.GroupBy(s => s.Value, s => s.Key))
        {
            var ids = stage.ToList();
            await db.Organisations.Where(o => ids.Contains(o.Id)).ExecuteUpdateAsync(
                s => s.SetProperty(o => o.PipelineStage, stage.Key).SetProperty(o => o.UpdatedAt, now), cancellationToken);
        }

        foreach (var (rule, count) in plan.Fired)
        {
            await db.RoutingRules.Where(r => r.Id == rule).ExecuteUpdateAsync(
                s => s.SetProperty(r => r.ExecutionCount, r => r.ExecutionCount + count).SetProperty(r => r.LastExecutedAt, now), cancellationToken);
        }
    }
}
