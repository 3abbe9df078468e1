using Microsoft.Extensions.Options;

namespace Relais.Server.Logging;

/// <summary>
/// The host's <see cref="ILoggerFactory"/>, with every provider (console, test collectors, any added
/// later) wrapped so that nothing reaches a sink before <see cref="LogRedactor"/> has seen it —
/// including framework messages (request URLs, database errors) Relais does not write itself.
/// </summary>
internal sealed class RedactingLoggerFactory(
    IEnumerable<ILoggerProvider> providers,
    IOptionsMonitor<LoggerFilterOptions> filterOptions,
    IOptions<LoggerFactoryOptions> factoryOptions) : ILoggerFactory
{
    private readonly LoggerFactory _inner = new(providers.Select(Wrap), filterOptions, factoryOptions);

    public ILogger CreateLogger(string categoryName) => _inner.CreateLogger(categoryName);

    public void AddProvider(ILoggerProvider provider) => _inner.AddProvider(Wrap(provider));

    public void Dispose() => _inner.Dispose();

    private static RedactingLoggerProvider Wrap(ILoggerProvider provider) => new(provider);

    private sealed class RedactingLoggerProvider(ILoggerProvider inner) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new RedactingLogger(inner.CreateLogger(categoryName));

        public void Dispose() => inner.Dispose();
    }
}
