using System.Text;
using System.Text.Json;

namespace Relais.Engine.Tests;

/// <summary>Thousands of damaged messages through the whole pipeline: nothing escapes, every result is well-formed.</summary>
public sealed class FuzzTests
{
    private const int Messages = 3000;
    private static readonly EmailAnalyzer Analyzer = new(new AnalyzerOptions { DefaultRegion = "FR" });

    [Fact]
    public void Analyze_MutatedMessages_AlwaysWellFormed()
    {
        var seeds = Seeds();
        var random = new Random(20240603);
        var checkedCount = 0;
        for (var i = 0; i < Messages; i++)
        {
            var seed = seeds[random.Next(seeds.Count)];
            var mutated = Mutate(seed, random);

            var analysis = Analyzer.Analyze(new MemoryStream(mutated), "fuzz.eml");

            AssertWellFormed(analysis);
            checkedCount++;
        }

        Assert.Equal(Messages, checkedCount);
    }

    [Fact]
    public void AnalyzeText_RandomText_AlwaysWellFormed()
    {
        var random = new Random(42);
        const string alphabet = "ab >-_:\n\r\t@.éà<>/=\"'0123456789OnLe wrote:a écrit :De : Envoyé : From: Sent:";
        for (var i = 0; i < 500; i++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 400)).Select(_ => alphabet[random.Next(alphabet.Length)])]);

            AssertWellFormed(Analyzer.AnalyzeText(text, "Re: x", new Sender("a@b.fr", null)));
        }
    }

    private static void AssertWellFormed(EmailAnalysis analysis)
    {
        Assert.NotNull(analysis.Text);
        Assert.DoesNotContain("analysis failed", analysis.Error ?? "", StringComparison.Ordinal);
        Assert.InRange(analysis.Intent.Confidence, 0, 1);
        Assert.InRange(analysis.NeedsReply.Confidence, 0, 1);
        Assert.InRange(analysis.Signature?.Confidence ?? 0, 0, 1);
        Assert.True(analysis.ElapsedMs >= 0);
        var c = analysis.Contact;
        foreach (var field in new[] { c.FullName, c.FirstName, c.LastName, c.JobTitle, c.Company, c.Email, c.Phone, c.Mobile, c.Fax, c.Website, c.Linkedin, c.Address })
        {
            Assert.InRange(field?.Confidence ?? 0, 0, 1);
        }

        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            EmailAnalysisJson.Write(writer, analysis);
        }

        using var parsed = JsonDocument.Parse(buffer.ToArray());
        Assert.Equal(analysis.Text, parsed.RootElement.GetProperty("text").GetString());
    }

    private static List<byte[]> Seeds()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Text", "Fixtures", "Replies");
        var seeds = Directory.GetFiles(folder, "*.eml").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        seeds.Add(Encoding.UTF8.GetBytes("""
            From: MAILER-DAEMON@mx.acme.fr
            Subject: Undelivered Mail Returned to Sender
            Content-Type: multipart/report; report-type=delivery-status; boundary="r1"

            --r1
            Content-Type: text/plain

            This is the mail system at host mx.acme.fr.
            --r1
            Content-Type: message/delivery-status

            Final-Recipient: rfc822; x@y.fr
            Action: failed
            --r1
            Content-Type: message/rfc822

            From: x@y.fr
            Subject: original
            Content-Type: multipart/alternative; boundary="r2"

            --r2
            Content-Type: text/html; charset=iso-8859-1
            Content-Transfer-Encoding: quoted-printable

            <div>Bonjour=E9</div><blockquote>cit=E9</blockquote>
            --r2--
            --r1--
            """));
        return seeds;
    }

    private static byte[] Mutate(byte[] seed, Random random)
    {
        var bytes = new List<byte>(seed);
        var steps = random.Next(1, 4);
        for (var s = 0; s < steps && bytes.Count > 0; s++)
        {
            switch (random.Next(7))
            {
                case 0: // byte flips
                    for (var k = random.Next(1, 20); k > 0; k--)
                    {
                        bytes[random.Next(bytes.Count)] = (byte)random.Next(256);
                    }

                    break;
                case 1: // truncation
                    var cut = random.Next(bytes.Count);
                    bytes.RemoveRange(cut, bytes.Count - cut);
                    break;
                case 2: // header duplication
                    var text = Encoding.Latin1.GetString([.. bytes]);
                    var end = text.IndexOf('\n', random.Next(Math.Max(1, Math.Min(text.Length, 400))));
                    var start = end < 0 ? -1 : text.LastIndexOf('\n', Math.Max(0, end - 1));
                    if (end > 0)
                    {
                        var line = text[(start + 1)..(end + 1)];
                        text = text.Insert(start + 1, string.Concat(Enumerable.Repeat(line, random.Next(1, 50))));
                        bytes = [.. Encoding.Latin1.GetBytes(text)];
                    }

                    break;
                case 3: // boundary damage
                    var mime = Encoding.Latin1.GetString([.. bytes]);
                    mime = random.Next(2) == 0
                        ? mime.Replace("--r1", "--r", StringComparison.Ordinal).Replace("--b1_alt--", "", StringComparison.Ordinal)
                        : mime.Replace("boundary=", "boundary=\"\" x=", StringComparison.OrdinalIgnoreCase);
                    bytes = [.. Encoding.Latin1.GetBytes(mime)];
                    break;
                case 4: // random garbage block
                    var junk = new byte[random.Next(1, 2000)];
                    random.NextBytes(junk);
                    bytes.InsertRange(random.Next(bytes.Count), junk);
                    break;
                case 5: // line endings
                    var all = Encoding.Latin1.GetString([.. bytes]);
                    all = random.Next(2) == 0 ? all.Replace("\n", "\r", StringComparison.Ordinal) : all.Replace("\r\n", "\n\n", StringComparison.Ordinal);
                    bytes = [.. Encoding.Latin1.GetBytes(all)];
                    break;
                default: // deep nesting and odd encodings
                    var prefix = string.Concat(Enumerable.Range(0, random.Next(1, 60)).Select(i => $"Content-Type: multipart/mixed; boundary=\"n{i}\"\r\n\r\n--n{i}\r\n"));
                    var header = random.Next(2) == 0 ? "Content-Transfer-Encoding: base64\r\nContent-Type: text/html; charset=x-nope\r\n" : "";
                    bytes.InsertRange(0, Encoding.ASCII.GetBytes(header + prefix));
                    break;
            }
        }

        return [.. bytes];
    }
}
