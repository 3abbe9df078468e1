using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relais.Data.Model;

namespace Relais.Data.Configurations;

internal sealed class AiAccuracyMetricConfiguration : IEntityTypeConfiguration<AiAccuracyMetric>
{
    public void Configure(EntityTypeBuilder<AiAccuracyMetric> builder)
    {
        builder.ToTable("ai_accuracy_metrics");
        builder.Property(e => e.PredictionType).HasMaxLength(32);
        builder.Property(e => e.Model).HasMaxLength(100);
        builder.Property(e => e.Field).HasMaxLength(32);
        builder.HasIndex(e => new { e.TeamId, e.Day, e.PredictionType, e.Model, e.Field }).IsUnique();
    }
}
