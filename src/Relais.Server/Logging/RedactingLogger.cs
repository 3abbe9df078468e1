namespace Relais.Server.Logging;

/// <summary>Passes each entry on with its message, structured values, scope and exception redacted.</summary>
internal sealed class RedactingLogger(ILogger inner) : ILogger
{
    private const string OriginalFormat = "{OriginalFormat}";

    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => inner.BeginScope(RedactState(state, out _));

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!inner.IsEnabled(logLevel))
        {
            return;
        }

        var values = RedactState(state, out var removed);
        var message = formatter(state, exception);
        foreach (var value in removed)
        {
            message = message.Replace(value, LogRedactor.Redacted, StringComparison.Ordinal);
        }

        var entry = new RedactedEntry(values, LogRedactor.Redact(message));
        inner.Log(logLevel, eventId, entry, exception is null ? null : new RedactedException(exception), static (e, _) => e.Message);
    }

    private static List<KeyValuePair<string, object?>> RedactState<TState>(TState state, out List<string> removed)
    {
        removed = [];
        if (state is not IEnumerable<KeyValuePair<string, object?>> pairs)
        {
            return [new(OriginalFormat, LogRedactor.Redact(state?.ToString() ?? string.Empty))];
        }

        var values = new List<KeyValuePair<string, object?>>();
        foreach (var (key, value) in pairs)
        {
            if (key == OriginalFormat || value is null || value is bool || value.GetType().IsPrimitive || value is Guid or DateTimeOffset or TimeSpan or Enum)
            {
                values.Add(new(key, value));
            }
            else if (LogRedactor.IsSensitiveName(key))
            {
                if (value.ToString() is { Length: > 0 } text)
                {
                    removed.Add(text);
                }

                values.Add(new(key, LogRedactor.Redacted));
            }
            else
            {
                values.Add(new(key, LogRedactor.Redact(value.ToString() ?? string.Empty)));
            }
        }

        return values;
    }

    private sealed class RedactedEntry(List<KeyValuePair<string, object?>> values, string message)
        : IReadOnlyList<KeyValuePair<string, object?>>
    {
        public string Message => message;

        public int Count => values.Count;

        public KeyValuePair<string, object?> this[int index] => values[index];

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => values.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => message;
    }

    /// <summary>Stands in for an exception whose message (a constraint violation, a parser error) may quote personal data.</summary>
    private sealed class RedactedException(Exception original) : Exception(LogRedactor.Redact(original.Message))
    {
        public override string? StackTrace => original.StackTrace;

        public override string ToString() => LogRedactor.Redact(original.ToString());
    }
}
