using System.Text;
using Relais.Engine.Mime;

namespace Relais.Engine.Tests;

/// <summary>Builds raw messages for tests.</summary>
internal static class TestMail
{
    public static readonly EmailAnalyzer Analyzer = new(new AnalyzerOptions { DefaultRegion = "FR" });

    public static MemoryStream Stream(string mime) => new(Encoding.UTF8.GetBytes(mime));

    public static ReadMessage Read(string mime) => MessageReader.Read(Stream(mime));

    public static ReadMessage Read(byte[] mime) => MessageReader.Read(new MemoryStream(mime));

    public static EmailAnalysis Analyze(string mime) => Analyzer.Analyze(Stream(mime), "test.eml");

    /// <summary>Headers in ASCII, then a body encoded with <paramref name="encoding"/> (8bit, as old mailers send it).</summary>
    public static byte[] WithBody(string headers, string body, Encoding encoding) =>
        [.. Encoding.ASCII.GetBytes(headers.ReplaceLineEndings("\r\n").TrimEnd() + "\r\n\r\n"), .. encoding.GetBytes(body.ReplaceLineEndings("\r\n"))];

    /// <summary>A plain-text message with the given extra headers and body.</summary>
    public static string Plain(string body, string subject = "Point d'étape", string from = "Jean Dupont <jean.dupont@acme.fr>", string extraHeaders = "") =>
        $"""
        Message-ID: <t1@acme.fr>
        From: {from}
        To: ventes@relais.test
        Subject: {subject}
        {extraHeaders}MIME-Version: 1.0
        Content-Type: text/plain; charset=utf-8
        Content-Transfer-Encoding: 8bit

        {body}
        """;
}
