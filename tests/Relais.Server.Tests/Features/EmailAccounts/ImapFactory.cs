using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Relais.Data.Model;
using Relais.Server.Tests.Infrastructure;

namespace Relais.Server.Tests.Features.EmailAccounts;

/// <summary>The server with small sync batches and a switch that breaks ingestion after a given batch.</summary>
public sealed class ImapFactory : RelaisFactory
{
    public const int BatchSize = 2;

    public IngestionFault Fault { get; } = new();

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Relais:MailSync:BatchSize"] = BatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Relais:MailSync:Timeout"] = "00:00:10",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IInterceptor>(Fault));
    }
}

/// <summary>
/// Counts the saves that store new emails; once armed, fails the given one (as a database error
/// would) or cancels a token right after the given one is committed (as a stopping server would).
/// </summary>
public sealed class IngestionFault : SaveChangesInterceptor
{
    private int _saves;
    private int? _failAt;
    private (int After, CancellationTokenSource Source)? _cancel;

    public void FailOn(int save)
    {
        _saves = 0;
        _failAt = save;
    }

    public void CancelAfter(int save, CancellationTokenSource source)
    {
        _saves = 0;
        _cancel = (save, source);
    }

    public void Disarm()
    {
        _failAt = null;
        _cancel = null;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (StoresEmails(eventData) && _failAt is { } failAt && Interlocked.Increment(ref _saves) == failAt)
        {
            throw new InvalidOperationException("Simulated database failure while storing emails.");
        }

        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (_cancel is { } cancel && eventData.Context?.ChangeTracker.Entries<EmailMessage>().Any() == true && Interlocked.Increment(ref _saves) == cancel.After)
        {
            cancel.Source.Cancel();
        }

        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    private static bool StoresEmails(DbContextEventData eventData) =>
        eventData.Context?.ChangeTracker.Entries<EmailMessage>().Any(e => e.State == EntityState.Added) == true;
}
