using RnnTools.Core.Model;
using RnnTools.Core.Operations;
using RnnTools.Core.Operations.Gradients;
using RnnTools.Core.Tasks;

namespace RnnTools.Core.Experiments;

/// <summary>
/// <c>galvan-fig3-1</c> (thesis Figure 3.1, experiments.md §1.1): the temporal component norms of the first temporal-order
/// batch (T_min = 200, seed 13, B = 100) at initialisation for ρ ∈ {0.8, 0.9, 1, 1.1, 1.2}, in double precision. A
/// deterministic measurement: no runs, the same in both profiles.
/// </summary>
public sealed class GalvanFig31Experiment : Experiment
{
    /// <summary>The spectral radii of the five panels.</summary>
    public static IReadOnlyList<double> SpectralRadii { get; } = [0.8, 0.9, 1.0, 1.1, 1.2];

    /// <inheritdoc />
    public override string Id => "galvan-fig3-1";

    /// <inheritdoc />
    public override int Version => 1;

    /// <inheritdoc />
    public override string Title => "Temporal gradient norms per step at initialisation vs spectral radius (temporal order T=200, first batch)";

    /// <inheritdoc />
    public override IReadOnlyList<ExperimentRun> Runs(ExperimentProfile profile) => [];

    /// <summary>The measurement's options (what <c>Measure-GradientNorm</c> takes for the figure).</summary>
    public static GradientNormOptions Options(Backends.BackendKind backend) => new()
    {
        Task = TaskName.TemporalOrder,
        Length = 200,
        BatchSize = 100,
        Seed = 13,
        SpectralRadius = [.. SpectralRadii],
        Precision = Precision.Float64,
        Backend = backend,
        Threads = 1,
    };

    /// <inheritdoc />
    public override void WriteResults(ExperimentResults results, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        var sink = new RecordingSink<GradientNormRecord>();
        new GradientNormOperation().Run(Options(results.Backend), sink, cancellationToken);
        TableFile.Write(results.Paths.Table(), sink.Records.Select(row => new NormProfileRow(row.SpectralRadius!.Value, row.Step, row.NormFull,
            row.NormWRec, row.NormWIn, row.NormBRec, row.NormWOut, row.NormBOut, row.Cos, row.Loss, row.GradNorm, row.BackendDescription,
            row.ToolVersion, row.GitCommit)));
    }
}
