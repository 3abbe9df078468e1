using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relais.Data.Model;

namespace Relais.Data.Configurations;

internal sealed class EmailContentConfiguration : IEntityTypeConfiguration<EmailContent>
{
    public void Configure(EntityTypeBuilder<EmailContent> builder)
    {
        builder.ToTable("email_contents");
        builder.HasKey(e => e.EmailMessageId);
        builder.HasOne<EmailMessage>().WithOne().HasForeignKey<EmailContent>(e => e.EmailMessageId).OnDelete(DeleteBehavior.Cascade);
    }
}
