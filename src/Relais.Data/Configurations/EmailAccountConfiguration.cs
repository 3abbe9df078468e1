using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relais.Data.Model;

namespace Relais.Data.Configurations;

internal sealed class EmailAccountConfiguration : IEntityTypeConfiguration<EmailAccount>
{
    public void Configure(EntityTypeBuilder<EmailAccount> builder)
    {
        builder.ToTable("email_accounts");
        builder.Property(e => e.Name).HasMaxLength(200);
        builder.Property(e => e.Host).HasMaxLength(253);
        builder.Property(e => e.Username).HasMaxLength(320);
        builder.Property(e => e.Address).HasMaxLength(320);
        builder.Property(e => e.LastError).HasMaxLength(500);
    }
}
