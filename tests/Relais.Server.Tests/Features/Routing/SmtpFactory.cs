using Microsoft.Extensions.DependencyInjection;
using Relais.Server.Features.Outbox;
using Relais.Server.Features.Tenancy;
using Relais.Server.Tests.Infrastructure;

namespace Relais.Server.Tests.Features.Routing;

/// <summary>The server sending its mail to a real SMTP server on 127.0.0.1 that the tests read; the outbox is sent when a test says so.</summary>
public sealed class SmtpFactory : RelaisFactory
{
    private readonly Lazy<SmtpTestServer> _smtp = new(() => SmtpTestServer.StartAsync().GetAwaiter().GetResult());

    public SmtpTestServer Smtp => _smtp.Value;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Relais:Smtp:Host"] = "127.0.0.1",
        ["Relais:Smtp:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Relais:Smtp:Security"] = "None",
        ["Relais:Smtp:From"] = "Relais Démo <ventes@relais-demo.fr>",
        ["Relais:Smtp:Timeout"] = "00:00:10",

        // The job's first tick runs at start; the tests send the outbox themselves.
        ["Relais:Smtp:Period"] = "01:00:00",
    };

    /// <summary>Sends the team's due outbox, as the outbox job does, in a scope bound to the team.</summary>
    public async Task<int> SendOutboxAsync(Guid teamId)
    {
        await using var scope = Services.GetRequiredService<TeamScopes>().ForTeam(teamId);
        return await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync(CancellationToken.None);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_smtp.IsValueCreated)
        {
            await _smtp.Value.DisposeAsync();
        }
    }
}
