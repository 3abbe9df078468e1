namespace Relais.Server.Features.Autofill;

/// <summary>How the pipeline claims and retries work (section <c>Relais:Autofill</c>).</summary>
public sealed class AutofillOptions
{
    public const string Section = "Relais:Autofill";

    /// <summary>Emails claimed, analysed and written together.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>Batch loops a job runs at once: one analyses while another waits for the database.</summary>
    public int Workers { get; set; } = 2;

    /// <summary>How long a claim holds; a crashed worker's emails are taken again after it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Attempts before a failing email is parked.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Wait after the first failure; each further failure waits five times longer.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often the scheduler looks for teams whose autofill schedule is due.</summary>
    public TimeSpan SchedulerPeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Run the built-in schedule (servers may leave it to one of them, or to system cron).</summary>
    public bool ScheduleEnabled { get; set; } = true;
}
