using System.CommandLine;
using Relais.Engine;

namespace Relais.Cli.Analyze;

/// <summary><c>relais analyze [--default-region CC] PATH...</c>: one JSON line per message, in input order.</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var region = new Option<string?>("--default-region") { Description = "Phone region used when nothing else tells (ISO 3166, e.g. FR)." };
        var paths = new Argument<string[]>("PATH") { Description = ".eml file, folder of .eml, .mbox file, or - for stdin.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("analyze", "Analyse messages and print one JSON object per message.") { region, paths };
        command.SetAction(parse =>
        {
            var analyzer = new EmailAnalyzer(new AnalyzerOptions { DefaultRegion = parse.GetValue(region)?.ToUpperInvariant() });
            using var stdout = Console.OpenStandardOutput();
            using var output = new BufferedStream(stdout, 1 << 16);
            return Run(analyzer, parse.GetValue(paths) ?? [], output, Console.Error);
        });
        return command;
    }

    /// <summary>Writes one JSON line per message; returns 1 when a path could not be read, else 0.</summary>
    internal static int Run(EmailAnalyzer analyzer, IEnumerable<string> paths, Stream output, TextWriter errors)
    {
        var failed = false;
        var results = OrderedParallel.Map(Inputs(paths, errors, () => failed = true), input => AnalysisLine.Of(analyzer, input));
        foreach (var line in results)
        {
            output.Write(line.Json.Span);
            failed |= line.Unreadable;
        }

        output.Flush();
        return failed ? 1 : 0;
    }

    private static IEnumerable<MessageInput> Inputs(IEnumerable<string> paths, TextWriter errors, Action fail)
    {
        foreach (var path in paths)
        {
            IEnumerable<MessageInput> inputs;
            try
            {
                inputs = MessageSources.Open(path, Console.OpenStandardInput);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                errors.WriteLine($"relais analyze: cannot read {path}: {ex.Message}");
                fail();
                continue;
            }

            foreach (var input in inputs)
            {
                yield return input;
            }
        }
    }
}
