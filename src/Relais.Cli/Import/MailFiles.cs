using MimeKit;

namespace Relais.Cli.Import;

/// <summary>One message of an import: its raw bytes and where it came from (file, or mbox and position).</summary>
internal sealed record RawMail(byte[] Raw, string Source);

/// <summary>
/// The messages of a PATH read one at a time, so memory stays flat whatever the size: every
/// <c>.eml</c> under a folder (sorted), or each message of an <c>.mbox</c> file. Progress is told in
/// units of <see cref="Total"/> (files, or bytes of the mbox).
/// </summary>
internal sealed class MailFiles
{
    private readonly string _path;
    private readonly List<string>? _files;

    private MailFiles(string path, List<string>? files, long total)
    {
        _path = path;
        _files = files;
        Total = total;
    }

    public long Total { get; }

    public bool IsMbox => _files is null;

    public static MailFiles Open(string path)
    {
        if (Directory.Exists(path))
        {
            var files = Directory.EnumerateFiles(path, "*.eml", SearchOption.AllDirectories).ToList();
            files.Sort(StringComparer.Ordinal);
            return new MailFiles(path, files, files.Count);
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"no such file or folder: {path}", path);
        }

        return path.EndsWith(".eml", StringComparison.OrdinalIgnoreCase)
            ? new MailFiles(path, [path], 1)
            : new MailFiles(path, null, new FileInfo(path).Length);
    }

    /// <summary>The messages in order; <paramref name="progress"/> gets the position reached (files read, or mbox bytes).</summary>
    public IEnumerable<RawMail> Read(Action<long> progress)
    {
        if (_files is not null)
        {
            for (var i = 0; i < _files.Count; i++)
            {
                yield return new RawMail(File.ReadAllBytes(_files[i]), Path.GetRelativePath(Directory.Exists(_path) ? _path : Path.GetDirectoryName(_path) ?? ".", _files[i]));
                progress(i + 1);
            }

            yield break;
        }

        using var file = File.OpenRead(_path);
        var parser = new MimeParser(file, MimeFormat.Mbox);
        var format = FormatOptions.Default.Clone();
        format.NewLineFormat = NewLineFormat.Dos;
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

            using (message)
            {
                using var buffer = new MemoryStream();
                message.WriteTo(format, buffer);
                yield return new RawMail(buffer.ToArray(), $"{Path.GetFileName(_path)}#{index++}");
            }

            progress(file.Position);
        }
    }
}
