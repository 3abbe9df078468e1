using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relais.Data.Model;

namespace Relais.Data.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("organisations");
        builder.Property(e => e.Name).HasMaxLength(200);
        builder.Property(e => e.NormalizedName).HasMaxLength(200);
        builder.Property(e => e.Domain).HasMaxLength(253);
        builder.Property(e => e.Website).HasMaxLength(300);
        builder.Property(e => e.Phone).HasMaxLength(32);
        builder.Property(e => e.Postcode).HasMaxLength(16);
        builder.Property(e => e.Country).HasMaxLength(2);
        builder.Property(e => e.Type).HasMaxLength(64);
        builder.Property(e => e.PipelineStage).HasMaxLength(64);

        // Autofill matches an organisation by email domain first, then by normalised name.
        builder.HasIndex(e => new { e.TeamId, e.Domain });
        builder.HasIndex(e => new { e.TeamId, e.NormalizedName });
        builder.HasIndex(e => new { e.TeamId, e.Name });
    }
}
