using System.Reflection;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Relais.Data;
using Relais.Data.Model;
using Relais.Server.Features.Auth;

namespace Relais.Server.Features.Quality;

/// <summary>The merge's answer, or which of the two ids the team has no record for.</summary>
internal sealed record MergeOutcome(MergeResponse? Merged, string? MissingField, Guid? MissingId);

/// <summary>
/// Merges two people or two organisations of the team into the kept one: its empty fields are
/// filled from the merged record (with that record's provenance rows, so autofill still knows who
/// set them), every row that points at the merged record is re-pointed, and the merged record is
/// deleted, in one transaction. The rows to re-point are found from the EF model's foreign keys,
/// so a table added later is moved too; only the link table (unique per pair) needs its own rule.
/// </summary>
internal sealed class QualityMerge(RelaisDbContext db, TimeProvider time)
{
    /// <summary>Columns never copied from the merged record (identity, timestamps, values derived from another column).</summary>
    private static readonly HashSet<string> NotMerged =
    [
        nameof(Person.Id), nameof(Person.TeamId), nameof(Person.CreatedAt), nameof(Person.UpdatedAt), nameof(Organisation.NormalizedName),

        // Consent is what this record's person agreed to: never inferred from another record.
        nameof(Person.ConsentEmail), nameof(Person.ConsentAi),
    ];

    private static readonly MethodInfo Repoint = typeof(QualityMerge).GetMethod(nameof(RepointAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>Every (table, column) whose foreign key points at <paramref name="principal"/>, from the model.</summary>
    public static IReadOnlyList<IForeignKey> ReferencesTo(IModel model, Type principal) =>
        [.. model.GetEntityTypes().SelectMany(e => e.GetForeignKeys()).Where(fk => fk.PrincipalEntityType.ClrType == principal)
            .OrderBy(fk => fk.DeclaringEntityType.GetTableName(), StringComparer.Ordinal)];

    public static string Name(IForeignKey foreignKey) =>
        $"{foreignKey.DeclaringEntityType.GetTableName()}.{foreignKey.Properties[0].GetColumnName()}";

    public Task<MergeOutcome> PeopleAsync(Guid keepId, Guid mergeId, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        MergeAsync<Person>(keepId, mergeId, ProvenanceEntity.Person, user, cancellationToken);

    public Task<MergeOutcome> OrganisationsAsync(Guid keepId, Guid mergeId, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        MergeAsync<Organisation>(keepId, mergeId, ProvenanceEntity.Organisation, user, cancellationToken);

    private async Task<MergeOutcome> MergeAsync<T>(Guid keepId, Guid mergeId, ProvenanceEntity kind, ClaimsPrincipal user, CancellationToken cancellationToken)
        where T : class, ITeamOwned
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var keep = await db.Set<T>().SingleOrDefaultAsync(e => EF.Property<Guid>(e, "Id") == keepId, cancellationToken);
        if (keep is null)
        {
            return new(null, "keep_id", keepId);
        }

        var merged = await db.Set<T>().SingleOrDefaultAsync(e => EF.Property<Guid>(e, "Id") == mergeId, cancellationToken);
        if (merged is null)
        {
            return new(null, "merge_id", mergeId);
        }

        var now = time.GetUtcNow();
        var filled = FillEmptyFields(keep, merged);
        if (keep is Organisation organisation)
        {
            organisation.NormalizedName = OrganisationNames.Normalize(organisation.Name);
        }

        db.Entry(keep).Property("UpdatedAt").CurrentValue = now;
        var moved = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var foreignKey in ReferencesTo(db.Model, typeof(T)))
        {
            moved[Name(foreignKey)] = foreignKey.DeclaringEntityType.ClrType == typeof(PersonOrganisationLink)
                ? await MoveLinksAsync(kind, keepId, mergeId, cancellationToken)
                : await (Task<int>)Repoint.MakeGenericMethod(foreignKey.DeclaringEntityType.ClrType)
                    .Invoke(null, [db, foreignKey.Properties[0].Name, mergeId, keepId, cancellationToken])!;
        }

        moved["field_provenance.entity_id"] = await MoveProvenanceAsync(kind, keepId, mergeId, filled, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        db.Remove(merged);
        db.AuditLog.Add(new AuditLogEntry
        {
            TeamId = keep.TeamId,
            UserId = user.UserId(),
            ApiTokenId = user.ApiTokenId(),
            Action = $"{EnumCodes.ToSnakeCase(typeof(T).Name)}.merged",
            EntityType = db.Model.FindEntityType(typeof(T))!.GetTableName(),
            EntityId = keepId,
            // Field names and counts only: never the values, which are personal data.
            Details = JsonSerializer.Serialize(new Dictionary<string, object> { ["merged_id"] = mergeId, ["fields_filled"] = filled, ["moved"] = moved }),
            At = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new(new MergeResponse(keepId, mergeId, filled, moved), null, null);
    }

    /// <summary>Copies each value the kept record lacks; an unsubscription on either record holds for the merged one.</summary>
    private List<string> FillEmptyFields<T>(T keep, T merged)
        where T : class
    {
        var filled = new List<string>();
        var source = db.Entry(merged);
        foreach (var property in db.Entry(keep).Properties.Where(p => !NotMerged.Contains(p.Metadata.Name)))
        {
            var theirs = source.Property(property.Metadata.Name).CurrentValue;
            var empty = property.CurrentValue switch
            {
                null => true,
                string text => string.IsNullOrWhiteSpace(text),
                bool flag => !flag,
                _ => false,
            };
            var useful = theirs switch
            {
                null => false,
                string text => !string.IsNullOrWhiteSpace(text),
                bool flag => flag,
                _ => true,
            };
            if (empty && useful)
            {
                property.CurrentValue = theirs;
                filled.Add(property.Metadata.GetColumnName());
            }
        }

        return filled;
    }

    /// <summary>
    /// The filled fields keep the merged record's provenance (the kept record's rows for them described
    /// an empty value and go); the merged record's other rows describe values that no longer exist.
    /// </summary>
    private async Task<int> MoveProvenanceAsync(ProvenanceEntity kind, Guid keepId, Guid mergeId, List<string> filled, CancellationToken cancellationToken)
    {
        var fields = filled.ToArray();
        await db.FieldProvenance.Where(p => p.EntityType == kind && p.EntityId == keepId && fields.Contains(p.Field)).ExecuteDeleteAsync(cancellationToken);
        var moved = await db.FieldProvenance.Where(p => p.EntityType == kind && p.EntityId == mergeId && fields.Contains(p.Field))
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.EntityId, keepId), cancellationToken);
        await db.FieldProvenance.Where(p => p.EntityType == kind && p.EntityId == mergeId).ExecuteDeleteAsync(cancellationToken);
        return moved;
    }

    /// <summary>
    /// A link the kept record already has (same person and organisation) absorbs the merged record's
    /// one (its empty role and job title filled); the other links move. The kept record's primary
    /// organisation stays its primary one.
    /// </summary>
    private async Task<int> MoveLinksAsync(ProvenanceEntity kind, Guid keepId, Guid mergeId, CancellationToken cancellationToken)
    {
        var person = kind == ProvenanceEntity.Person;
        var links = await db.PersonOrganisationLinks
            .Where(l => person ? l.PersonId == keepId || l.PersonId == mergeId : l.OrganisationId == keepId || l.OrganisationId == mergeId)
            .ToListAsync(cancellationToken);
        var kept = links.Where(l => (person ? l.PersonId : l.OrganisationId) == keepId).ToDictionary(l => person ? l.OrganisationId : l.PersonId);
        var keptHasPrimary = person && kept.Values.Any(l => l.IsPrimary);
        var moved = 0;
        foreach (var link in links.Where(l => (person ? l.PersonId : l.OrganisationId) == mergeId))
        {
            if (kept.TryGetValue(person ? link.OrganisationId : link.PersonId, out var existing))
            {
                existing.Role ??= link.Role;
                existing.JobTitle ??= link.JobTitle;
                existing.IsPrimary |= link.IsPrimary && !keptHasPrimary;
                db.PersonOrganisationLinks.Remove(link);
                continue;
            }

            if (person)
            {
                link.PersonId = keepId;
                link.IsPrimary &= !keptHasPrimary;
            }
            else
            {
                link.OrganisationId = keepId;
            }

            moved++;
        }

        return moved;
    }

    private static Task<int> RepointAsync<TEntity>(RelaisDbContext db, string property, Guid from, Guid to, CancellationToken cancellationToken)
        where TEntity : class =>
        db.Set<TEntity>().Where(e => EF.Property<Guid?>(e, property) == from)
            .ExecuteUpdateAsync(s => s.SetProperty(e => EF.Property<Guid?>(e, property), to), cancellationToken);
}
