using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Relais.Engine;

namespace Relais.Cli.Analyze;

/// <summary>One message analysed and serialised as a JSON line (UTF-8, newline included).</summary>
internal readonly record struct AnalysisLine(ReadOnlyMemory<byte> Json, bool Unreadable, EmailAnalysis Analysis)
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static AnalysisLine Of(EmailAnalyzer analyzer, MessageInput input)
    {
        var (analysis, unreadable) = Analyze(analyzer, input);
        var buffer = new ArrayBufferWriter<byte>(2048);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            EmailAnalysisJson.Write(writer, analysis);
        }

        buffer.Write("\n"u8);
        return new AnalysisLine(buffer.WrittenMemory, unreadable, analysis);
    }

    private static (EmailAnalysis Analysis, bool Unreadable) Analyze(EmailAnalyzer analyzer, MessageInput input)
    {
        if (input.Parsed is not null)
        {
            // Disposing the parsed mbox message spares the GC its finalizers (they promote every message).
            using var parsed = input.Parsed;
            return (analyzer.Analyze(parsed, input.Source), false);
        }

        byte[] bytes;
        try
        {
            bytes = input.Bytes ?? File.ReadAllBytes(input.Path!);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (new EmailAnalysis { Source = input.Source, Error = "unreadable file: " + ex.GetType().Name }, true);
        }

        using var stream = new MemoryStream(bytes, 0, bytes.Length, writable: false, publiclyVisible: true);
        return (analyzer.Analyze(stream, input.Source), false);
    }
}
