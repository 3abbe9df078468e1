using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Relais.Cli.Hosting;
using Relais.Data;
using Relais.Data.Model;
using Relais.Server.Features.Tenancy;
using Relais.Server.Features.Tokens;
using Relais.Server.Features.Users;

namespace Relais.Cli.Tokens;

/// <summary>
/// <c>relais token create --team T --name cron --role admin --expires 365d</c>. The token is the only
/// line on stdout (<c>TOKEN=$(relais token create …)</c>); it is not stored and not shown again.
/// </summary>
internal static class TokenCommand
{
    public static Command Create()
    {
        var team = new Option<string>("--team") { Description = "Team name or id.", Required = true };
        var name = new Option<string>("--name") { Description = "What the token is for (cron, backup…).", Required = true };
        var role = new Option<Role>("--role") { Description = "admin, manager or member.", DefaultValueFactory = _ => Role.Member };
        var expires = new Option<string>("--expires") { Description = "Lifetime: 365d, 12h, 30m, or never.", DefaultValueFactory = _ => "365d" };
        var create = new Command("create", "Create an API token and print it once.") { team, name, role, expires };
        create.SetHostedAction(async (parse, services, output, cancellationToken) =>
        {
            var lifetime = ParseLifetime(parse.GetValue(expires)!);
            await CliHost.EnsureSchemaAsync(services, cancellationToken);
            var db = services.GetRequiredService<RelaisDbContext>();
            var teamId = await Teams.FindIdAsync(db, parse.GetValue(team)!, cancellationToken)
                ?? throw new CliException($"no team named '{parse.GetValue(team)}'.");
            TeamScopes.Bind(services, teamId);
            var (token, secret) = await services.GetRequiredService<ApiTokens>()
                .CreateAsync(teamId, parse.GetValue(name)!, parse.GetValue(role), lifetime, null, cancellationToken);

            // The API's writes are audited per request; the command line records its own.
            db.AuditLog.Add(new AuditLogEntry
            {
                TeamId = teamId, Action = "api_token.created", EntityType = "api_tokens", EntityId = token.Id, Details = """{"via":"cli"}""", At = token.CreatedAt,
            });
            await db.SaveChangesAsync(cancellationToken);

            await output.WriteLineAsync(secret);
            var until = token.ExpiresAt is { } at ? "until " + at.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "without expiry";
            await parse.InvocationConfiguration.Error.WriteLineAsync(
                $"Created API token '{token.Name}' ({EnumCodes.CodeOf(token.Role)}) {until}. Store it now: it is not shown again.");
            return 0;
        });
        return new Command("token", "Manage API tokens.") { create };
    }

    internal static TimeSpan? ParseLifetime(string text)
    {
        if (text.Equals("never", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var unit = text.Length > 1 ? char.ToLowerInvariant(text[^1]) : ' ';
        if (!int.TryParse(text.AsSpan(0, Math.Max(0, text.Length - 1)), NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount <= 0)
        {
            throw new CliException($"--expires '{text}': expected a number followed by d, h or m (365d), or never.");
        }

        return unit switch
        {
            'd' => TimeSpan.FromDays(amount),
            'h' => TimeSpan.FromHours(amount),
            'm' => TimeSpan.FromMinutes(amount),
            _ => throw new CliException($"--expires '{text}': expected a number followed by d, h or m (365d), or never."),
        };
    }
}
