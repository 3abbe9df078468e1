using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relais.Data.Model;

namespace Relais.Data.Configurations;

internal sealed class TaskItemConfiguration : IEntityTypeConfiguration<TaskItem>
{
    public void Configure(EntityTypeBuilder<TaskItem> builder)
    {
        builder.ToTable("tasks");
        builder.Property(e => e.Title).HasMaxLength(500);
        builder.HasOne<Person>().WithMany().HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(e => e.OrganisationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Interaction>().WithMany().HasForeignKey(e => e.InteractionId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<User>().WithMany().HasForeignKey(e => e.AssigneeId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<RoutingRule>().WithMany().HasForeignKey(e => e.CreatedByRuleId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(e => new { e.TeamId, e.Status, e.DueAt });
    }
}
