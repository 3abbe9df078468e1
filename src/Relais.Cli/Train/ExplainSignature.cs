using System.Globalization;
using Relais.Engine.Contacts;
using Relais.Engine.Mime;
using Relais.Engine.Signatures;

namespace Relais.Cli.Train;

/// <summary>Error analysis: prints each tail line of a message with its classifier score and the chosen block.</summary>
internal static class ExplainSignature
{
    public static void Run(string path, TextWriter log, bool detail = false)
    {
        using var stream = File.OpenRead(path);
        var read = MessageReader.Read(stream);
        var own = read.OwnLines;
        var sender = SenderName.Parse(read.From);
        log.WriteLine($"from: {read.From} -> first={sender.First} last={sender.Last} tokens={string.Join(',', sender.Tokens)}");
        var window = SignatureWindow.Describe(own, sender);
        var scores = new float[window.Lines.Length];
        SignatureDetector.Score(window, SignatureModel.Shipped, scores);
        var span = SignatureDetector.Detect(own, read.From);
        for (var k = 0; k < window.Lines.Length; k++)
        {
            var line = window.Lines[k];
            var inside = span is not null && line.Index >= span.Start && line.Index < span.Start + span.Length;
            var text = own[line.Index].Trim();
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(inside ? "S" : " ")} {scores[k],6:0.00}  {text[..Math.Min(60, text.Length)],-60}  {line.Flags}"));
            if (detail)
            {
                var features = new int[256];
                var n = SignatureFeatures.Extract(window.Lines, k, window.Contexts[k], features);
                var top = features[..n].Select(f => (Name: SignatureFeatures.Names[f], W: SignatureModel.Shipped.Weights[f]))
                    .OrderByDescending(x => Math.Abs(x.W)).Take(8);
                log.WriteLine("          " + string.Join("  ", top.Select(x => string.Create(CultureInfo.InvariantCulture, $"{x.Name}={x.W:0.00}"))));
            }
        }
    }
}
