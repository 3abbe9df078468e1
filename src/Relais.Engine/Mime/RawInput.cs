namespace Relais.Engine.Mime;

/// <summary>Input fix-ups MimeKit does not do: messages saved with old Mac line endings (CR only).</summary>
internal static class RawInput
{
    private const int Sniff = 8192;

    public static Stream Normalize(Stream stream)
    {
        if (stream is not MemoryStream memory || !memory.TryGetBuffer(out var buffer))
        {
            var copy = new MemoryStream();
            stream.CopyTo(copy);
            copy.Position = 0;
            memory = copy;
            buffer = copy.GetBuffer().AsSegment(0, (int)copy.Length);
        }

        var start = (int)memory.Position;
        var data = buffer.AsSpan(start, buffer.Count - start);
        var head = data[..Math.Min(data.Length, Sniff)];
        if (head.IndexOf((byte)'\n') >= 0 || head.IndexOf((byte)'\r') < 0)
        {
            return memory;
        }

        var fixedBytes = data.ToArray();
        fixedBytes.AsSpan().Replace((byte)'\r', (byte)'\n');
        return new MemoryStream(fixedBytes, writable: false);
    }

    /// <summary>The whole input as text (best-effort charset), for inputs MimeKit cannot parse.</summary>
    public static string AsText(Stream normalized)
    {
        if (normalized is not MemoryStream memory || !memory.TryGetBuffer(out var buffer))
        {
            return "";
        }

        var bytes = buffer.AsSpan(0, Math.Min(buffer.Count, BodyText.MaxBytes));
        var (encoding, _) = Charsets.Resolve(null, bytes);
        return encoding.GetString(bytes);
    }

    private static ArraySegment<byte> AsSegment(this byte[] bytes, int offset, int count) => new(bytes, offset, count);
}
