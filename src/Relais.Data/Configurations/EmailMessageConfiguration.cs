using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relais.Data.Model;

namespace Relais.Data.Configurations;

internal sealed class EmailMessageConfiguration : IEntityTypeConfiguration<EmailMessage>
{
    public void Configure(EntityTypeBuilder<EmailMessage> builder)
    {
        builder.ToTable("email_messages");
        builder.Property(e => e.ExternalId).HasMaxLength(500);
        builder.Property(e => e.MessageIdHeader).HasMaxLength(998);
        builder.Property(e => e.ThreadId).HasMaxLength(998);
        builder.Property(e => e.FromEmail).HasMaxLength(320);
        builder.Property(e => e.FromName).HasMaxLength(300);
        builder.Property(e => e.ContentHash).HasMaxLength(64);
        builder.Property(e => e.LastError).HasMaxLength(500);
        builder.Property(e => e.LeaseOwner).HasMaxLength(100);
        builder.HasOne<EmailAccount>().WithMany().HasForeignKey(e => e.AccountId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Person>().WithMany().HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.SetNull);

        // Ingest deduplicates on Message-ID, then on content hash, within a team; the unique index
        // settles a race between two syncs of the same message.
        builder.HasIndex(e => new { e.TeamId, e.MessageIdHeader }).IsUnique().HasFilter("message_id_header IS NOT NULL");
        builder.HasIndex(e => new { e.TeamId, e.ContentHash });

        // The analysis queue claims pending messages oldest first.
        builder.HasIndex(e => new { e.TeamId, e.AnalysisState, e.ReceivedAt });
        builder.HasIndex(e => new { e.TeamId, e.ReceivedAt });
        builder.HasIndex(e => new { e.TeamId, e.FromEmail });
        builder.HasIndex(e => e.PersonId);
    }
}
