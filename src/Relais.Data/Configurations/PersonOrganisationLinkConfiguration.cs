using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relais.Data.Model;

namespace Relais.Data.Configurations;

internal sealed class PersonOrganisationLinkConfiguration : IEntityTypeConfiguration<PersonOrganisationLink>
{
    public void Configure(EntityTypeBuilder<PersonOrganisationLink> builder)
    {
        builder.ToTable("person_organisation_links");
        builder.Property(e => e.Role).HasMaxLength(100);
        builder.Property(e => e.JobTitle).HasMaxLength(200);
        builder.HasOne(e => e.Person).WithMany(p => p.Organisations).HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.Organisation).WithMany(o => o.People).HasForeignKey(e => e.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.PersonId, e.OrganisationId }).IsUnique();
    }
}
