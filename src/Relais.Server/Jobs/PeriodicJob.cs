namespace Relais.Server.Jobs;

/// <summary>
/// A job that runs every <see cref="Period"/> on the injected clock: one tick at start, then one per
/// period; a tick that fails is logged and the next one tries again. Each tick opens the DI scopes
/// it needs (one per team, through <see cref="Features.Tenancy.TeamScopes"/>).
/// </summary>
internal abstract partial class PeriodicJob(TimeProvider time, ILogger logger) : BackgroundService
{
    protected TimeProvider Time => time;

    protected abstract TimeSpan Period { get; }

    protected virtual bool Enabled => true;

    internal abstract Task TickAsync(CancellationToken cancellationToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(Period, time);
        do
        {
            try
            {
                await TickAsync(stoppingToken);
            }
#pragma warning disable CA1031 // errors are logged per tick; the next tick tries again
            catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
            {
                LogTickFailed(logger, ex, GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Job} tick failed")]
    private static partial void LogTickFailed(ILogger logger, Exception exception, string job);
}
