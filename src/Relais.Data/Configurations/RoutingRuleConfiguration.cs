using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relais.Data.Conventions;
using Relais.Data.Model;

namespace Relais.Data.Configurations;

internal sealed class RoutingRuleConfiguration : IEntityTypeConfiguration<RoutingRule>
{
    public void Configure(EntityTypeBuilder<RoutingRule> builder)
    {
        builder.ToTable("routing_rules");
        builder.Property(e => e.Name).HasMaxLength(200);
        builder.Property(e => e.Description).HasMaxLength(2000);
        builder.Property(e => e.IntentTrigger).HasMaxLength(32);
        builder.Property(e => e.Conditions).HasJsonConversion();
        builder.Property(e => e.Actions).HasJsonConversion();
        builder.HasIndex(e => new { e.TeamId, e.Active, e.Priority });
    }
}

internal sealed class RoutingExecutionConfiguration : IEntityTypeConfiguration<RoutingExecution>
{
    public void Configure(EntityTypeBuilder<RoutingExecution> builder)
    {
        builder.ToTable("routing_executions");
        builder.Property(e => e.Result).HasMaxLength(16);
        builder.Property(e => e.Trigger).HasMaxLength(16);
        builder.Property(e => e.Actions).HasJsonConversion();
        builder.HasOne<RoutingRule>().WithMany().HasForeignKey(e => e.RuleId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<EmailMessage>().WithMany().HasForeignKey(e => e.EmailMessageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Interaction>().WithMany().HasForeignKey(e => e.InteractionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.TeamId, e.RuleId, e.ExecutedAt });
        builder.HasIndex(e => e.InteractionId);
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages");
        builder.Property(e => e.ThreadKey).HasMaxLength(1000);
        builder.Property(e => e.ToAddress).HasMaxLength(320);
        builder.Property(e => e.ToName).HasMaxLength(300);
        builder.Property(e => e.Subject).HasMaxLength(1000);
        builder.Property(e => e.InReplyTo).HasMaxLength(1000);
        builder.Property(e => e.LastError).HasMaxLength(500);
        builder.Property(e => e.SentMessageId).HasMaxLength(1000);
        builder.HasOne<RoutingRule>().WithMany().HasForeignKey(e => e.RuleId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<EmailMessage>().WithMany().HasForeignKey(e => e.EmailMessageId).OnDelete(DeleteBehavior.SetNull);

        // At most one auto-reply per thread, enforced by the database.
        builder.HasIndex(e => new { e.TeamId, e.ThreadKey }).IsUnique();
        builder.HasIndex(e => new { e.Status, e.NextAttemptAt });
        builder.HasIndex(e => new { e.TeamId, e.CreatedAt });
    }
}
