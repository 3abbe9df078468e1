using System.CommandLine;
using Relais.Cli.Analyze;
using Relais.Cli.Hosting;

var root = new RootCommand("Relais: email intelligence for CRM teams.");
root.Subcommands.Add(AnalyzeCommand.Create());
RelaisCommands.AddTo(root);
return await root.Parse(args).InvokeAsync();
