using System.CommandLine;
using Relais.Cli.Analyze;
using Relais.Cli.Eval;
using Relais.Cli.Hosting;
using Relais.Cli.Train;

var root = new RootCommand("Relais: email intelligence for CRM teams.");
root.Subcommands.Add(AnalyzeCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(TrainCommand.Create());
RelaisCommands.AddTo(root);
return await root.Parse(args).InvokeAsync();
