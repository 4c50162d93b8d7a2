using System.Management.Automation;
using RnnTools.Core.Backends;
using RnnTools.Core.Operations;
using RnnTools.Core.Operations.Performance;
using RnnTools.PowerShell.Infrastructure;

namespace RnnTools.PowerShell.Commands;

/// <summary>Measure-RnnPerformance: times training iterations of the benchmark workloads.</summary>
[Cmdlet(VerbsDiagnostic.Measure, "RnnPerformance")]
[OutputType(typeof(PerformanceRecord))]
public sealed class MeasureRnnPerformanceCommand : RnnOperationCmdlet<PerformanceOptions, PerformanceRecord>
{
    private static readonly PerformanceOptions Defaults = new();

    /// <summary>The workloads to time.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(WorkloadNameCompleter))]
    public string[] Workload { get; set; } = [.. Defaults.Workload];

    /// <summary>The compute backend.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public BackendKind Backend { get; set; } = Defaults.Backend;

    /// <summary>Threads per BLAS call.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [NullIfEmpty]
    public int? Threads { get; set; }

    /// <summary>Measuring time per workload, in seconds.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [InvariantNumber]
    public double Seconds { get; set; } = Defaults.Seconds;

    /// <inheritdoc />
    protected internal override PerformanceOptions BuildOptions() => new()
    {
        Workload = [.. Workload],
        Backend = Backend,
        Threads = Threads,
        Seconds = Seconds,
    };

    /// <inheritdoc />
    private protected override void Run(PerformanceOptions options, IOperationSink<PerformanceRecord> sink, CancellationToken cancellationToken) =>
        new PerformanceOperation().Run(options, sink, cancellationToken);
}
