namespace RnnTools.Core.Operations;

/// <summary>Lets a progress report through at most once per interval, plus every forced one (checks, the final report).</summary>
public sealed class ProgressThrottle
{
    private readonly TimeProvider clock;
    private readonly TimeSpan interval;
    private long lastReport = long.MinValue;

    /// <summary>Creates a throttle.</summary>
    /// <param name="clock">The time source (a fake one in tests).</param>
    /// <param name="interval">The shortest time between unforced reports (default 250 ms).</param>
    public ProgressThrottle(TimeProvider clock, TimeSpan? interval = null)
    {
        this.clock = clock;
        this.interval = interval ?? TimeSpan.FromMilliseconds(250);
    }

    /// <summary>Whether a report should go out now; a forced report always does and restarts the interval.</summary>
    public bool ShouldReport(bool force = false)
    {
        long now = clock.GetTimestamp();
        if (force || lastReport == long.MinValue || clock.GetElapsedTime(lastReport, now) >= interval)
        {
            lastReport = now;
            return true;
        }

        return false;
    }
}
