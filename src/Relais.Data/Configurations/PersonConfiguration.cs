using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relais.Data.Model;

namespace Relais.Data.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("people");
        builder.Property(e => e.FirstName).HasMaxLength(100);
        builder.Property(e => e.LastName).HasMaxLength(100);
        builder.Property(e => e.Email).HasMaxLength(320);
        builder.Property(e => e.Phone).HasMaxLength(32);
        builder.Property(e => e.Mobile).HasMaxLength(32);
        builder.Property(e => e.JobTitle).HasMaxLength(200);
        builder.Property(e => e.Linkedin).HasMaxLength(300);
        builder.Property(e => e.Language).HasMaxLength(8);
        builder.Property(e => e.Country).HasMaxLength(2);
        builder.HasIndex(e => new { e.TeamId, e.Email });
        builder.HasIndex(e => new { e.TeamId, e.LastName, e.FirstName });
        builder.HasIndex(e => new { e.TeamId, e.CreatedAt });
        builder.HasOne<User>().WithMany().HasForeignKey(e => e.OwnerId).OnDelete(DeleteBehavior.SetNull);
    }
}
