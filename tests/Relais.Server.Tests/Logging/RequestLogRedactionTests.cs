using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Relais.Server.Tests.Infrastructure;

namespace Relais.Server.Tests.Logging;

/// <summary>Logs everything the framework will say (requests with their query strings, SQL, errors).</summary>
public sealed class VerboseLoggingFactory : RelaisFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging
            .SetMinimumLevel(LogLevel.Trace)
            .AddFilter("Microsoft.AspNetCore.Hosting", LogLevel.Trace)
            .AddFilter("Microsoft.AspNetCore.Routing", LogLevel.Trace)
            .AddFilter("Microsoft.AspNetCore.Http", LogLevel.Trace)
            .AddFilter("Microsoft.AspNetCore.Authentication", LogLevel.Trace)
            .AddFilter("Microsoft.EntityFrameworkCore.Database", LogLevel.Trace)
            .AddFilter("Microsoft.EntityFrameworkCore.Query", LogLevel.Trace));
    }
}

public sealed class RequestLogRedactionTests(VerboseLoggingFactory factory) : IClassFixture<VerboseLoggingFactory>
{
    private const string Email = "Jean.Dupont@acme-gestion.fr";
    private const string Body = "Confidentiel : notre offre de 2 M EUR";

    private static readonly string[] Secrets =
    [
        "jean.dupont@acme-gestion.fr", "jean.dupont%40acme-gestion.fr", "sophie.martin@banque-exemple.fr",
        "+33 6 12 34 56 78", "+33612345678", "%2B33%206%2012", "01 23 45 67 89", Body,
    ];

    [Fact]
    public async Task RequestCycle_WithPersonalData_LeavesNoneInTheLogs()
    {
        var team = await factory.CreateTeamAsync();
        using var client = factory.ClientFor(team.Manager);
        factory.Logs.Clear();

        var created = await client.PostJsonAsync("/api/v1/people", new { first_name = "Jean", last_name = "Dupont", email = Email, mobile = "+33 6 12 34 56 78", phone = "01 23 45 67 89", notes = Body });
        var id = (await created.ReadJsonAsync())["id"]!.GetValue<Guid>();
        await client.GetAsync($"/api/v1/people?q={Uri.EscapeDataString(Email)}");
        await client.GetAsync($"/api/v1/people?q={Uri.EscapeDataString("+33 6 12 34 56 78")}");
        await client.PutJsonAsync($"/api/v1/people/{id}", new { last_name = "Dupont", email = "pas une adresse " + Email });
        await client.PostJsonAsync("/api/v1/interactions", new { type = "email", title = "Offre", body_excerpt = Body, person_id = id });
        var login = await factory.CreateClient().LoginAsync("sophie.martin@banque-exemple.fr", "mauvais mot de passe");

        var records = factory.Logs.GetSnapshot();
        var leaks = records.SelectMany(Texts).Where(text => Secrets.Any(secret => text.Contains(secret, StringComparison.OrdinalIgnoreCase))).ToList();

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        Assert.Contains(records, r => r.Message.Contains("/api/v1/people?q=", StringComparison.Ordinal));
        Assert.Contains(records, r => r.Category?.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) == true);
        Assert.Contains(records, r => r.Message.Contains("Login refused", StringComparison.Ordinal));
        Assert.Empty(leaks);
    }

    /// <summary>Everything a sink could write: message, structured values, scopes, exception.</summary>
    private static IEnumerable<string> Texts(FakeLogRecord record)
    {
        yield return record.Message;
        foreach (var (_, value) in record.StructuredState ?? [])
        {
            yield return value ?? string.Empty;
        }

        foreach (var scope in record.Scopes)
        {
            yield return scope?.ToString() ?? string.Empty;
        }

        yield return record.Exception?.ToString() ?? string.Empty;
    }
}
