using System.CommandLine;
using Relais.Cli.Analyze;
using Relais.Cli.Eval;

var root = new RootCommand("Relais: email intelligence for CRM teams.");
root.Subcommands.Add(AnalyzeCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
return await root.Parse(args).InvokeAsync();
