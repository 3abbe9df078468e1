using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Relais.Cli.Hosting;
using Relais.Data.Model;
using Relais.Server.Features.Users;

namespace Relais.Cli.Users;

/// <summary>
/// <c>relais user create --team T --email E --name N --role admin --password P</c> (or
/// <c>--password-stdin</c>, which keeps the password out of the shell history). Creates the team
/// when it does not exist: the first admin of a new deployment.
/// </summary>
internal static class UserCommand
{
    public static Command Create()
    {
        var team = new Option<string>("--team") { Description = "Team name or id (created when absent).", Required = true };
        var email = new Option<string>("--email") { Description = "Login email.", Required = true };
        var name = new Option<string?>("--name") { Description = "Full name (default: the email)." };
        var role = new Option<Role>("--role") { Description = "admin, manager or member.", DefaultValueFactory = _ => Role.Member };
        var password = new Option<string?>("--password") { Description = $"At least {UserAccounts.MinimumPasswordLength} characters." };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of stdin." };
        var create = new Command("create", "Create a user.") { team, email, name, role, password, passwordStdin };
        create.SetHostedAction(async (parse, services, output, cancellationToken) =>
        {
            var secret = parse.GetValue(passwordStdin) ? await Console.In.ReadLineAsync(cancellationToken) : parse.GetValue(password);
            if (string.IsNullOrEmpty(secret))
            {
                throw new CliException("give the password with --password or --password-stdin.");
            }

            await CliHost.EnsureSchemaAsync(services, cancellationToken);
            var address = parse.GetValue(email)!;
            var (user, teamCreated) = await services.GetRequiredService<UserAccounts>()
                .CreateAsync(parse.GetValue(team)!, address, parse.GetValue(name) ?? address, parse.GetValue(role), secret, cancellationToken);
            await output.WriteLineAsync(
                $"Created {EnumCodes.CodeOf(user.Role)} {user.Email} in team '{parse.GetValue(team)}'{(teamCreated ? " (new team)" : string.Empty)}.");
            return 0;
        });
        return new Command("user", "Manage users.") { create };
    }
}
