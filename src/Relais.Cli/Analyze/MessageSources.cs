using MimeKit;

namespace Relais.Cli.Analyze;

/// <summary>Turns a PATH argument into message streams, lazily so memory does not grow with the input.</summary>
internal static class MessageSources
{
    public static IEnumerable<(Stream Stream, string Source)> Open(string path)
    {
        if (path == "-")
        {
            var buffer = new MemoryStream();
            Console.OpenStandardInput().CopyTo(buffer);
            buffer.Position = 0;
            return [(buffer, "-")];
        }

        if (Directory.Exists(path))
        {
            var files = Directory.EnumerateFiles(path, "*.eml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
            return files.Select(f => ((Stream)File.OpenRead(f), f));
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException("no such file or folder", path);
        }

        return path.EndsWith(".mbox", StringComparison.OrdinalIgnoreCase) ? Mbox(path) : [(File.OpenRead(path), path)];
    }

    private static IEnumerable<(Stream Stream, string Source)> Mbox(string path)
    {
        using var file = File.OpenRead(path);
        var parser = new MimeParser(file, MimeFormat.Mbox);
        var index = 0;
        while (!parser.IsEndOfStream)
        {
            var message = parser.ParseMessage();
            var buffer = new MemoryStream();
            message.WriteTo(buffer);
            buffer.Position = 0;
            yield return (buffer, $"{path}#{index++}");
        }
    }
}
