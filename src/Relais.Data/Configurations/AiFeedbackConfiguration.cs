using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relais.Data.Model;

namespace Relais.Data.Configurations;

internal sealed class AiFeedbackConfiguration : IEntityTypeConfiguration<AiFeedback>
{
    public void Configure(EntityTypeBuilder<AiFeedback> builder)
    {
        builder.ToTable("ai_feedback");
        builder.Property(e => e.PredictionType).HasMaxLength(32);
        builder.Property(e => e.Field).HasMaxLength(32);
        builder.Property(e => e.Model).HasMaxLength(100);
        builder.Property(e => e.OriginalValue).HasMaxLength(500);
        builder.Property(e => e.CorrectedValue).HasMaxLength(500);
        builder.Property(e => e.Notes).HasMaxLength(2000);
        builder.HasOne<User>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<AutofillSuggestion>().WithMany().HasForeignKey(e => e.SuggestionId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<EmailMessage>().WithMany().HasForeignKey(e => e.EmailMessageId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(e => new { e.TeamId, e.CreatedAt });
    }
}
