using Microsoft.EntityFrameworkCore;
using Relais.Data;
using Relais.Data.Model;

namespace Relais.Server.Features.Provenance;

/// <summary>
/// Records who set each changed person/organisation field, so autofill can tell a value a user
/// typed (never overwritten) from one it wrote itself. Reads the change tracker: call it after the
/// request's values are applied and before SaveChanges.
/// </summary>
internal static class ProvenanceRecorder
{
    private static readonly HashSet<string> Untracked = ["Id", "TeamId", "CreatedAt", "UpdatedAt", "NormalizedName"];

    public static void RecordUserChanges(RelaisDbContext db, object entity, ProvenanceEntity kind, Guid entityId, Guid? userId, DateTimeOffset now)
    {
        var entry = db.Entry(entity);
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            var changed = entry.State == EntityState.Added
                ? property.CurrentValue is not null and not false
                : property.IsModified && !Equals(property.OriginalValue, property.CurrentValue);
            if (!changed || Untracked.Contains(name))
            {
                continue;
            }

            db.FieldProvenance.Add(new FieldProvenance
            {
                TeamId = (Guid)entry.Property(nameof(ITeamOwned.TeamId)).CurrentValue!,
                EntityType = kind,
                EntityId = entityId,
                Field = property.Metadata.GetColumnName(),
                Source = ProvenanceSource.User,
                UserId = userId,
                PreviousValue = entry.State == EntityState.Added ? null : property.OriginalValue?.ToString(),
                Value = property.CurrentValue?.ToString(),
                SetAt = now,
            });
        }
    }

    public static Task DeleteForAsync(RelaisDbContext db, ProvenanceEntity kind, Guid entityId, CancellationToken cancellationToken) =>
        db.FieldProvenance.Where(p => p.EntityType == kind && p.EntityId == entityId).ExecuteDeleteAsync(cancellationToken);
}
