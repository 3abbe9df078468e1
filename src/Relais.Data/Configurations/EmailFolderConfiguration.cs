using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relais.Data.Model;

namespace Relais.Data.Configurations;

internal sealed class EmailFolderConfiguration : IEntityTypeConfiguration<EmailFolder>
{
    public void Configure(EntityTypeBuilder<EmailFolder> builder)
    {
        builder.ToTable("email_folders");
        builder.Property(e => e.Path).HasMaxLength(500);
        builder.HasOne<EmailAccount>().WithMany().HasForeignKey(e => e.AccountId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.AccountId, e.Path }).IsUnique();
    }
}
