using System.Globalization;
using System.Text;
using MimeKit;
using Relais.Demo.Mailbox;
using Relais.Demo.Synthetic;

// Writes an mbox of COUNT messages for the end-to-end benchmarks: a third from the demo team's
// conversations (the same few dozen contacts writing again and again), two thirds from synthetic
// senders (new people, new organisations, every signature style of the training generator).
// usage: Relais.MailGenerator COUNT OUT.mbox [SEED]
if (args.Length < 2 || !int.TryParse(args[0], CultureInfo.InvariantCulture, out var count) || count < 1)
{
    Console.Error.WriteLine("usage: Relais.MailGenerator COUNT OUT.mbox [SEED]");
    return 2;
}

var seed = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20261204;
var now = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
var format = FormatOptions.Default.Clone();
format.NewLineFormat = NewLineFormat.Unix;
using var output = new BufferedStream(File.Create(args[1]), 1 << 20);
var random = new Random(seed);
var written = 0;
var round = 0;
IEnumerator<DemoEmail>? demo = null;

while (written < count)
{
    MimeMessage message;
    if (random.Next(3) == 0)
    {
        if (demo is null || !demo.MoveNext())
        {
            demo = DemoMailbox.Generate(now.AddDays(-7 * round), seed + round).Where(e => !e.Outbound).GetEnumerator();
            round++;
            demo.MoveNext();
        }

        message = demo.Current.Message;
    }
    else
    {
        message = Synthetic(SyntheticMail.Generate(1, seed * 31 + written)[0], written, now);
    }

    var date = message.Date == default ? now : message.Date;
    output.Write(Encoding.ASCII.GetBytes($"From sender@relais.bench {date.UtcDateTime.ToString("ddd MMM d HH:mm:ss yyyy", CultureInfo.InvariantCulture)}\n"));
    using (var buffer = new MemoryStream())
    {
        message.WriteTo(format, buffer);
        var text = Encoding.UTF8.GetString(buffer.ToArray());
        // mboxrd: a body line starting with "From " is escaped.
        foreach (var line in text.Split('\n'))
        {
            output.Write(Encoding.UTF8.GetBytes((line.StartsWith("From ", StringComparison.Ordinal) || line.StartsWith(">From ", StringComparison.Ordinal) ? ">" + line : line) + "\n"));
        }
    }

    written++;
}

Console.Error.WriteLine($"{written} messages written to {args[1]}");
return 0;

static MimeMessage Synthetic(LabelledMail mail, int index, DateTimeOffset now)
{
    var message = new MimeMessage();
    var from = mail.From ?? new Relais.Engine.Sender($"sender{index}@example.test", null);
    message.From.Add(new MailboxAddress(from.Name ?? string.Empty, from.Email));
    message.To.Add(new MailboxAddress("Camille Bertrand", "camille.bertrand@relais-demo.fr"));
    message.Subject = index % 3 == 0 ? "Demande d'information" : index % 3 == 1 ? "Follow-up on our call" : "Proposition";
    message.MessageId = $"bench.{index}@relais.bench";
    message.Date = now.AddMinutes(-index);
    message.Body = new TextPart("plain") { Text = string.Join('\n', mail.Lines) };
    return message;
}
