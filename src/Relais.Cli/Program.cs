using System.CommandLine;
using Relais.Cli.Analyze;

var root = new RootCommand("Relais: email intelligence for CRM teams.");
root.Subcommands.Add(AnalyzeCommand.Create());
root.Subcommands.Add(Relais.Cli.Train.TrainSignaturesCommand.Create());
return await root.Parse(args).InvokeAsync();
