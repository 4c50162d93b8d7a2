using RnnTools.Core.Operations;

namespace RnnTools.Cli.Infrastructure;

/// <summary>Progress as plain lines (<c>bench temporal-order-100: warming up</c>): at most one per 5 s, plus every milestone and the final report.</summary>
/// <param name="error">The stream written to (stderr).</param>
/// <param name="clock">The time source of the throttle (a fake one in tests).</param>
public sealed class PlainProgress(TextWriter error, TimeProvider? clock = null) : IProgress<ProgressUpdate>
{
    private readonly ProgressThrottle throttle = new(clock ?? TimeProvider.System, TimeSpan.FromSeconds(5));

    /// <inheritdoc />
    public void Report(ProgressUpdate value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (throttle.ShouldReport(value.Milestone || value.Completed))
        {
            error.WriteLine($"{value.Activity}: {value.Status}");
        }
    }
}
