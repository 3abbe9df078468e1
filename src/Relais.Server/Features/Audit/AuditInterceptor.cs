using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Relais.Data.Model;
using Relais.Server.Features.Auth;

namespace Relais.Server.Features.Audit;

/// <summary>
/// Writes who did what to <c>audit_log</c> for every row an API caller creates, changes or deletes:
/// the entity, its id and the names of the changed fields, never their values (which may be
/// personal data). Work done outside a request (CLI, jobs) records its own entries.
/// </summary>
internal sealed class AuditInterceptor(IHttpContextAccessor accessor, TimeProvider time) : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    private void Record(DbContext? db)
    {
        if (db is null || accessor.HttpContext?.User is not { Identity.IsAuthenticated: true } caller)
        {
            return;
        }

        var now = time.GetUtcNow();
        var entries = db.ChangeTracker.Entries<ITeamOwned>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => e.Entity is not (AuditLogEntry or FieldProvenance))
            .Select(e => new AuditLogEntry
            {
                TeamId = e.Entity.TeamId,
                UserId = caller.UserId(),
                ApiTokenId = caller.ApiTokenId(),
                Action = $"{EntityName(e)}.{Verb(e.State)}",
                EntityType = e.Metadata.GetTableName(),
                EntityId = e.Property("Id").CurrentValue as Guid?,
                Details = e.State == EntityState.Modified ? ChangedFields(e) : null,
                At = now,
            })
            .ToList();
        db.AddRange(entries);
    }

    private static string EntityName(EntityEntry entry) => EnumCodes.ToSnakeCase(entry.Metadata.ClrType.Name);

    private static string Verb(EntityState state) => state switch
    {
        EntityState.Added => "created",
        EntityState.Deleted => "deleted",
        _ => "updated",
    };

    private static string ChangedFields(EntityEntry entry) => JsonSerializer.Serialize(new
    {
        fields = entry.Properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)).Select(p => p.Metadata.GetColumnName()),
    });
}
