using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relais.Data.Model;

namespace Relais.Data.Configurations;

internal sealed class AutofillSuggestionConfiguration : IEntityTypeConfiguration<AutofillSuggestion>
{
    public void Configure(EntityTypeBuilder<AutofillSuggestion> builder)
    {
        builder.ToTable("autofill_suggestions");
        builder.Property(e => e.Field).HasMaxLength(32);
        builder.Property(e => e.CurrentValue).HasMaxLength(500);
        builder.Property(e => e.SuggestedValue).HasMaxLength(500);
        builder.Property(e => e.AppliedValue).HasMaxLength(500);
        builder.Property(e => e.Model).HasMaxLength(100);
        builder.Property(e => e.ValueSource).HasMaxLength(16);
        builder.Property(e => e.Reason).HasMaxLength(500);
        builder.HasOne<EmailMessage>().WithMany().HasForeignKey(e => e.EmailMessageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AutofillJob>().WithMany().HasForeignKey(e => e.JobId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Person>().WithMany().HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(e => e.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(e => e.ReviewerId).OnDelete(DeleteBehavior.SetNull);

        // Each email is processed once: a second run cannot add the same field's suggestion again.
        builder.HasIndex(e => new { e.EmailMessageId, e.TargetType, e.Field }).IsUnique();
        builder.HasIndex(e => new { e.TeamId, e.Status, e.CreatedAt });
        builder.HasIndex(e => e.PersonId);
        builder.HasIndex(e => e.OrganisationId);
    }
}
