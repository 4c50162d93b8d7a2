using System.Globalization;
using RnnTools.Core.Backends;

namespace RnnTools.Core.Operations.Performance;

/// <summary>Times the benchmark workloads: a warm-up of up to one second, then iterations until the measuring time is up.</summary>
/// <param name="clock">The time source of the measurements and the Timestamp column (the system clock by default).</param>
public sealed class PerformanceOperation(TimeProvider? clock = null)
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(1);
    private readonly TimeProvider time = clock ?? TimeProvider.System;

    /// <summary>Emits one <see cref="PerformanceRecord"/> per workload.</summary>
    /// <exception cref="Errors.RnnToolsException">An invalid option or an unavailable backend.</exception>
    public void Run(PerformanceOptions options, IOperationSink<PerformanceRecord> sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sink);
        options.Validate();
        BackendSelection selection = BackendRegistry.Select(options.Backend, options.Threads);
        sink.Verbose(selection.Explanation);
        sink.Verbose(selection.Backend.Describe());
        var measure = TimeSpan.FromSeconds(options.Seconds);
        for (int index = 0; index < options.Workload.Length; index++)
        {
            PerformanceWorkload workload = PerformanceWorkload.Find(options.Workload[index]);
            string activity = $"bench {workload.Name}";
            sink.Report(new ProgressUpdate(activity, "warming up", index, options.Workload.Length, null, Milestone: true));
            var iteration = new TrainingIteration(selection.Backend, workload);
            Repeat(iteration, TimeSpan.FromTicks(Math.Min(WarmUp.Ticks, measure.Ticks)), cancellationToken);
            (long count, TimeSpan elapsed) = Repeat(iteration, measure, cancellationToken);
            double milliseconds = elapsed.TotalMilliseconds / count;
            Provenance provenance = Provenance.Of(selection.Backend, time);
            sink.Emit(new PerformanceRecord(workload.Name, BackendSelector.Name(selection.Backend.Kind), selection.Backend.Threads, milliseconds, count,
                workload.FlopsPerIteration / (milliseconds * 1e6), provenance.BackendDescription, provenance.ToolVersion, provenance.GitCommit,
                provenance.Timestamp));
            sink.Report(new ProgressUpdate(activity, string.Create(CultureInfo.InvariantCulture, $"{milliseconds:F3} ms per iteration"),
                index + 1, options.Workload.Length, null, Milestone: true, Completed: index + 1 == options.Workload.Length));
        }
    }

    private (long Count, TimeSpan Elapsed) Repeat(TrainingIteration iteration, TimeSpan duration, CancellationToken cancellationToken)
    {
        long start = time.GetTimestamp(), count = 0;
        TimeSpan elapsed;
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            iteration.Run();
            count++;
            elapsed = time.GetElapsedTime(start);
        }
        while (elapsed < duration);
        return (count, elapsed);
    }
}
