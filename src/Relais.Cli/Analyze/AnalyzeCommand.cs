using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
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
            return Run(analyzer, parse.GetValue(paths) ?? [], Console.OpenStandardOutput(), Console.Error);
        });
        return command;
    }

    internal static int Run(EmailAnalyzer analyzer, IEnumerable<string> paths, Stream output, TextWriter errors)
    {
        var failed = false;
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        foreach (var path in paths)
        {
            IEnumerable<(Stream Stream, string Source)> inputs;
            try
            {
                inputs = MessageSources.Open(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                errors.WriteLine($"relais analyze: cannot read {path}: {ex.Message}");
                failed = true;
                continue;
            }

            foreach (var (stream, source) in inputs)
            {
                EmailAnalysis analysis;
                using (stream)
                {
                    analysis = analyzer.Analyze(stream, source);
                }

                EmailAnalysisJson.Write(writer, analysis);
                writer.Flush();
                output.WriteByte((byte)'\n');
                writer.Reset();
            }
        }

        output.Flush();
        return failed ? 1 : 0;
    }
}
