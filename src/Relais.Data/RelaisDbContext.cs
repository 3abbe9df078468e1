using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Relais.Data.Conventions;
using Relais.Data.Model;

namespace Relais.Data;

/// <summary>
/// The database, seen through a team scope: every query of a team-owned entity is filtered to the
/// scope's team, every write checked against it. Without a scope nothing team-owned is visible.
/// </summary>
public sealed class RelaisDbContext(DbContextOptions<RelaisDbContext> options, ITeamScope? teamScope = null)
    : DbContext(options)
{
    /// <summary>Name of the query filter that scopes every team-owned entity to the current team.</summary>
    public const string TeamFilter = "team";

    public DbSet<Team> Teams => Set<Team>();
    public DbSet<User> Users => Set<User>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<PersonOrganisationLink> PersonOrganisationLinks => Set<PersonOrganisationLink>();
    public DbSet<FieldProvenance> FieldProvenance => Set<FieldProvenance>();
    public DbSet<EmailAccount> EmailAccounts => Set<EmailAccount>();
    public DbSet<EmailFolder> EmailFolders => Set<EmailFolder>();
    public DbSet<EmailMessage> EmailMessages => Set<EmailMessage>();
    public DbSet<EmailContent> EmailContents => Set<EmailContent>();
    public DbSet<Analysis> Analyses => Set<Analysis>();
    public DbSet<AiMemory> AiMemory => Set<AiMemory>();
    public DbSet<AutofillSuggestion> AutofillSuggestions => Set<AutofillSuggestion>();
    public DbSet<AutofillJob> AutofillJobs => Set<AutofillJob>();
    public DbSet<AiFeedback> AiFeedback => Set<AiFeedback>();
    public DbSet<AiAccuracyMetric> AiAccuracyMetrics => Set<AiAccuracyMetric>();
    public DbSet<BlacklistEntry> Blacklist => Set<BlacklistEntry>();
    public DbSet<Interaction> Interactions => Set<Interaction>();
    public DbSet<TaskItem> Tasks => Set<TaskItem>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<AuditLogEntry> AuditLog => Set<AuditLogEntry>();
    public DbSet<RoutingRule> RoutingRules => Set<RoutingRule>();
    public DbSet<RoutingExecution> RoutingExecutions => Set<RoutingExecution>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<EmailMetricsDay> EmailMetricsDaily => Set<EmailMetricsDay>();
    public DbSet<EmailLatencyDay> EmailLatencyDaily => Set<EmailLatencyDay>();
    public DbSet<EmailSender> EmailSenders => Set<EmailSender>();
    public DbSet<EmailSenderDay> EmailSenderDays => Set<EmailSenderDay>();
    public DbSet<KpiAlert> KpiAlerts => Set<KpiAlert>();

    /// <summary>Read by the team query filter at query time (EF parameterises context members); empty matches no row.</summary>
    internal Guid CurrentTeamId => teamScope?.TeamId ?? Guid.Empty;

    /// <summary>
    /// True only in the explicit escape <see cref="TeamScope.Unscoped"/>, fixed when the context is made: such a
    /// context uses a model without the team filter, so the filter of every other context is a plain
    /// <c>team_id = @team</c> that the (team_id, …) indexes serve.
    /// </summary>
    internal bool AllTeams { get; } = teamScope?.AllTeams == true;

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.ReplaceService<IModelCacheKeyFactory, TeamModelCacheKeyFactory>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        TimestampConvention.Apply(configurationBuilder, Database.ProviderName);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RelaisDbContext).Assembly);
        TeamOwnershipConvention.Apply(modelBuilder, this);
        EnumAsSnakeCaseConvention.Apply(modelBuilder);
        SnakeCaseNamingConvention.Apply(modelBuilder);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        TeamWriteGuard.Check(ChangeTracker, AllTeams, CurrentTeamId);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        TeamWriteGuard.Check(ChangeTracker, AllTeams, CurrentTeamId);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}
