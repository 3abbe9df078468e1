using Microsoft.EntityFrameworkCore;
using Relais.Data.Model;

namespace Relais.Data;

public sealed class RelaisDbContext(DbContextOptions<RelaisDbContext> options) : DbContext(options)
{
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<User> Users => Set<User>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<PersonOrganisationLink> PersonOrganisationLinks => Set<PersonOrganisationLink>();
    public DbSet<FieldProvenance> FieldProvenance => Set<FieldProvenance>();
    public DbSet<EmailAccount> EmailAccounts => Set<EmailAccount>();
    public DbSet<EmailMessage> EmailMessages => Set<EmailMessage>();
    public DbSet<Interaction> Interactions => Set<Interaction>();
    public DbSet<TaskItem> Tasks => Set<TaskItem>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<AuditLogEntry> AuditLog => Set<AuditLogEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RelaisDbContext).Assembly);
}
