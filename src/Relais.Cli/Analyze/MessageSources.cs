using MimeKit;

namespace Relais.Cli.Analyze;

/// <summary>Turns PATH arguments into messages, lazily so memory does not grow with the input.</summary>
internal static class MessageSources
{
    /// <summary>The messages of one PATH; throws IOException (or UnauthorizedAccessException) when the path cannot be read.</summary>
    public static IEnumerable<MessageInput> Open(string path, Func<Stream> stdin)
    {
        if (path == "-")
        {
            using var input = stdin();
            using var buffer = new MemoryStream();
            input.CopyTo(buffer);
            return [new MessageInput("-", Bytes: buffer.ToArray())];
        }

        if (Directory.Exists(path))
        {
            // Sorted so the output order does not depend on the file system.
            var files = Directory.EnumerateFiles(path, "*.eml", SearchOption.AllDirectories).ToList();
            files.Sort(StringComparer.Ordinal);
            return files.Select(f => new MessageInput(f, Path: f));
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException("no such file or folder", path);
        }

        return IsMbox(path) ? Mbox(path) : [new MessageInput(path, Path: path)];
    }

    private static bool IsMbox(string path)
    {
        if (path.EndsWith(".mbox", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        using var file = File.OpenRead(path);
        Span<byte> head = stackalloc byte[5];
        return file.ReadAtLeast(head, 5, throwOnEndOfStream: false) == 5 && head.SequenceEqual("From "u8);
    }

    private static IEnumerable<MessageInput> Mbox(string path)
    {
        using var file = File.OpenRead(path);
        var parser = new MimeParser(file, MimeFormat.Mbox);
        var index = 0;
        while (!parser.IsEndOfStream)
        {
            MimeMessage message;
            try
            {
                message = parser.ParseMessage();
            }
            catch (FormatException)
            {
                yield break;
            }

            yield return new MessageInput($"{path}#{index++}", Parsed: message);
        }
    }
}
