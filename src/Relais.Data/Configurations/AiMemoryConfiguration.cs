using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relais.Data.Model;

namespace Relais.Data.Configurations;

internal sealed class AiMemoryConfiguration : IEntityTypeConfiguration<AiMemory>
{
    public void Configure(EntityTypeBuilder<AiMemory> builder)
    {
        builder.ToTable("ai_memory");
        builder.Property(e => e.Key).HasMaxLength(64);
        builder.Property(e => e.Provider).HasMaxLength(32);
        builder.Property(e => e.Model).HasMaxLength(100);
        builder.Property(e => e.Cost).HasPrecision(12, 6);
        builder.HasIndex(e => new { e.TeamId, e.Task, e.Key }).IsUnique();
        builder.HasIndex(e => new { e.TeamId, e.CreatedAt });
    }
}
