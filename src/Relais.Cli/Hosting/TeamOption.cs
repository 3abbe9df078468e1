using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relais.Data;
using Relais.Server.Features.Tenancy;
using Relais.Server.Features.Users;

namespace Relais.Cli.Hosting;

/// <summary>
/// <c>--team NAME|ID</c> for verbs that work on one team's data; optional when the database has
/// only one team. Binds the verb's scope to that team, so it reads and writes nothing else.
/// </summary>
internal static class TeamOption
{
    public static Option<string?> Create() => new("--team") { Description = "Team name or id (optional when there is only one team)." };

    public static async Task<Guid> BindAsync(ParseResult parse, Option<string?> option, IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<RelaisDbContext>();
        Guid teamId;
        if (parse.GetValue(option) is { Length: > 0 } given)
        {
            teamId = await Teams.FindIdAsync(db, given, cancellationToken) ?? throw new CliException($"no team named '{given}'.");
        }
        else
        {
            var teams = await db.Teams.OrderBy(t => t.Id).Select(t => t.Id).Take(2).ToListAsync(cancellationToken);
            teamId = teams.Count switch
            {
                1 => teams[0],
                0 => throw new CliException("there is no team yet: create one with relais user create, or relais seed --demo."),
                _ => throw new CliException("there are several teams: say which with --team."),
            };
        }

        TeamScopes.Bind(services, teamId);
        return teamId;
    }
}
