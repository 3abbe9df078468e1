using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relais.Data.Model;

namespace Relais.Data.Configurations;

internal sealed class InteractionConfiguration : IEntityTypeConfiguration<Interaction>
{
    public void Configure(EntityTypeBuilder<Interaction> builder)
    {
        builder.ToTable("interactions");
        builder.Property(e => e.Title).HasMaxLength(500);
        builder.Property(e => e.Intent).HasMaxLength(32);
        builder.HasOne<Person>().WithMany().HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(e => e.OrganisationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<EmailMessage>().WithMany().HasForeignKey(e => e.EmailMessageId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<User>().WithMany().HasForeignKey(e => e.AssigneeId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(e => new { e.TeamId, e.OccurredAt });
        builder.HasIndex(e => new { e.TeamId, e.Intent });

        // One interaction per email: the pipeline processes each email once.
        builder.HasIndex(e => e.EmailMessageId).IsUnique();
    }
}
