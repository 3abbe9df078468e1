using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relais.Data.Model;

namespace Relais.Data.Configurations;

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> builder)
    {
        builder.ToTable("teams");
        builder.Property(e => e.Name).HasMaxLength(200);
        builder.HasIndex(e => e.Name).IsUnique();
        builder.Property(e => e.Timezone).HasMaxLength(64);
        builder.Property(e => e.DefaultPhoneRegion).HasMaxLength(2);
        builder.Property(e => e.AutofillSchedule).HasMaxLength(100);
        builder.Property(e => e.AutoReplyFrom).HasMaxLength(320);
        builder.HasOne<User>().WithMany().HasForeignKey(e => e.DefaultAssigneeId).OnDelete(DeleteBehavior.SetNull);
    }
}
