using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relais.Data.Model;

namespace Relais.Data.Configurations;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.ToTable("users");
        builder.Property(e => e.Email).HasMaxLength(320);
        builder.Property(e => e.FullName).HasMaxLength(200);
        builder.HasIndex(e => new { e.TeamId, e.Email }).IsUnique();

        // Login looks a user up by email before it knows the team.
        builder.HasIndex(e => e.Email);
    }
}
