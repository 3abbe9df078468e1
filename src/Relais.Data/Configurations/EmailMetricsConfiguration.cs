using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relais.Data.Model;

namespace Relais.Data.Configurations;

// The counters are added to with INSERT … ON CONFLICT (primary key) DO UPDATE: the key is the row's identity.
internal sealed class EmailMetricsDayConfiguration : IEntityTypeConfiguration<EmailMetricsDay>
{
    public void Configure(EntityTypeBuilder<EmailMetricsDay> builder)
    {
        builder.ToTable("email_metrics_daily");
        builder.HasKey(e => new { e.TeamId, e.Day, e.Intent, e.Provider, e.Model });
        builder.Property(e => e.Intent).HasMaxLength(32);
        builder.Property(e => e.Provider).HasMaxLength(32);
        builder.Property(e => e.Model).HasMaxLength(100);
    }
}

internal sealed class EmailLatencyDayConfiguration : IEntityTypeConfiguration<EmailLatencyDay>
{
    public void Configure(EntityTypeBuilder<EmailLatencyDay> builder)
    {
        builder.ToTable("email_latency_daily");
        builder.HasKey(e => new { e.TeamId, e.Day, e.Provider, e.Model, e.Bucket });
        builder.Property(e => e.Provider).HasMaxLength(32);
        builder.Property(e => e.Model).HasMaxLength(100);
    }
}

internal sealed class EmailSenderConfiguration : IEntityTypeConfiguration<EmailSender>
{
    public void Configure(EntityTypeBuilder<EmailSender> builder)
    {
        builder.ToTable("email_senders");
        builder.HasKey(e => new { e.TeamId, e.Sender });
        builder.Property(e => e.Sender).HasMaxLength(320);
        builder.Property(e => e.SenderName).HasMaxLength(300);
    }
}

internal sealed class EmailSenderDayConfiguration : IEntityTypeConfiguration<EmailSenderDay>
{
    public void Configure(EntityTypeBuilder<EmailSenderDay> builder)
    {
        // The key's order is the lookup's: a sender's last row before a day is one seek.
        builder.ToTable("email_sender_days");
        builder.HasKey(e => new { e.TeamId, e.Sender, e.Day });
        builder.Property(e => e.Sender).HasMaxLength(320);
    }
}

internal sealed class KpiAlertConfiguration : IEntityTypeConfiguration<KpiAlert>
{
    public void Configure(EntityTypeBuilder<KpiAlert> builder)
    {
        builder.ToTable("kpi_alerts");
        builder.Property(e => e.Kpi).HasMaxLength(64);
        builder.HasIndex(e => new { e.TeamId, e.Kpi, e.Day }).IsUnique();
    }
}
