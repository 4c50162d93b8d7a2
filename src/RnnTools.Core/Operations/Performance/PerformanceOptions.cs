using System.Collections.Immutable;
using RnnTools.Core.Backends;
using RnnTools.Core.Errors;

namespace RnnTools.Core.Operations.Performance;

/// <summary>Options of the benchmark (<c>Measure-RnnPerformance</c>, <c>rnntools bench</c>).</summary>
public sealed record PerformanceOptions
{
    /// <summary>The longest measuring time per workload, in seconds.</summary>
    public const double MaxSeconds = 3600;

    /// <summary>Workload names (a sweep axis); all four standard workloads by default.</summary>
    public ImmutableArray<string> Workload { get; init; } = [.. PerformanceWorkload.Standard.Select(w => w.Name)];

    /// <summary>The compute backend (Auto: MKL, then OpenBLAS, then managed).</summary>
    public BackendKind Backend { get; init; } = BackendKind.Auto;

    /// <summary>Threads per BLAS call; null means <c>RNNTOOLS_THREADS</c> (default 1).</summary>
    public int? Threads { get; init; }

    /// <summary>Measuring time per workload after a warm-up of up to one second, in seconds.</summary>
    public double Seconds { get; init; } = 3;

    /// <summary>Checks every option.</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidHyperParameter"/> naming the option.</exception>
    public void Validate()
    {
        if (Workload.IsDefaultOrEmpty)
        {
            throw RnnToolsException.InvalidParameter(nameof(Workload), "name at least one workload.", this);
        }

        foreach (string name in Workload)
        {
            PerformanceWorkload.Find(name);
        }

        if (Threads is < 1)
        {
            throw RnnToolsException.InvalidParameter(nameof(Threads), $"must be at least 1 (got {Threads}).", this);
        }

        if (!double.IsFinite(Seconds) || Seconds <= 0 || Seconds > MaxSeconds)
        {
            throw RnnToolsException.InvalidParameter(nameof(Seconds), $"must be in (0, {MaxSeconds}] (got {Seconds}).", this);
        }
    }
}
