using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relais.Data.Model;

namespace Relais.Data.Configurations;

internal sealed class FieldProvenanceConfiguration : IEntityTypeConfiguration<FieldProvenance>
{
    public void Configure(EntityTypeBuilder<FieldProvenance> builder)
    {
        builder.ToTable("field_provenance");
        builder.Property(e => e.Field).HasMaxLength(64);
        builder.Property(e => e.Model).HasMaxLength(100);

        // "Who set this field last" reads the newest row for (entity, field).
        builder.HasIndex(e => new { e.TeamId, e.EntityType, e.EntityId, e.Field, e.SetAt });
        builder.HasOne<EmailMessage>().WithMany().HasForeignKey(e => e.EmailMessageId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<User>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.SetNull);
    }
}
