using System.CommandLine;
using Relais.Cli.Analyze;

var root = new RootCommand("Relais: email intelligence for CRM teams.");
root.Subcommands.Add(AnalyzeCommand.Create());
return await root.Parse(args).InvokeAsync();
