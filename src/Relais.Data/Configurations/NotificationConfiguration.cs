using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relais.Data.Model;

namespace Relais.Data.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("notifications");
        builder.Property(e => e.Kind).HasMaxLength(64);
        builder.Property(e => e.Title).HasMaxLength(300);
        builder.Property(e => e.Link).HasMaxLength(500);
        builder.HasOne<User>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Cascade);

        // A user's inbox: unread first, newest first.
        builder.HasIndex(e => new { e.TeamId, e.UserId, e.Read, e.CreatedAt });
    }
}
