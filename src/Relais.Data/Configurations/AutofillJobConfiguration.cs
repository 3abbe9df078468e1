using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relais.Data.Model;

namespace Relais.Data.Configurations;

internal sealed class AutofillJobConfiguration : IEntityTypeConfiguration<AutofillJob>
{
    /// <summary>The same SQL on SQLite and PostgreSQL: enum codes are stored as text.</summary>
    public const string ActiveFilter = "status IN ('queued', 'running')";

    public void Configure(EntityTypeBuilder<AutofillJob> builder)
    {
        builder.ToTable("autofill_jobs");
        builder.Property(e => e.Error).HasMaxLength(500);
        builder.HasOne<User>().WithMany().HasForeignKey(e => e.TriggeredByUserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<ApiToken>().WithMany().HasForeignKey(e => e.TriggeredByTokenId).OnDelete(DeleteBehavior.SetNull);

        // One queued or running job per team, enforced by the database so two servers cannot both start one.
        builder.HasIndex(e => e.TeamId).IsUnique().HasFilter(ActiveFilter).HasDatabaseName("ix_autofill_jobs_one_active_per_team");
        builder.HasIndex(e => new { e.TeamId, e.CreatedAt });
    }
}
