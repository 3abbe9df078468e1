using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relais.Data.Model;

namespace Relais.Data.Configurations;

internal sealed class AnalysisConfiguration : IEntityTypeConfiguration<Analysis>
{
    public void Configure(EntityTypeBuilder<Analysis> builder)
    {
        builder.ToTable("email_analyses");
        builder.Property(e => e.EngineVersion).HasMaxLength(32);
        builder.Property(e => e.Language).HasMaxLength(8);
        builder.Property(e => e.Intent).HasMaxLength(32);
        builder.Property(e => e.Error).HasMaxLength(500);
        builder.HasOne<EmailMessage>().WithMany().HasForeignKey(e => e.EmailMessageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => e.EmailMessageId).IsUnique();

        // Metrics read analyses by team over a window.
        builder.HasIndex(e => new { e.TeamId, e.AnalyzedAt });
    }
}
