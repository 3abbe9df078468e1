using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relais.Data.Model;

namespace Relais.Data.Configurations;

internal sealed class BlacklistEntryConfiguration : IEntityTypeConfiguration<BlacklistEntry>
{
    public void Configure(EntityTypeBuilder<BlacklistEntry> builder)
    {
        builder.ToTable("email_blacklist");
        builder.Property(e => e.Pattern).HasMaxLength(320);
        builder.Property(e => e.Reason).HasMaxLength(500);
        builder.HasOne<User>().WithMany().HasForeignKey(e => e.CreatedByUserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(e => new { e.TeamId, e.Type, e.Pattern }).IsUnique();
    }
}
