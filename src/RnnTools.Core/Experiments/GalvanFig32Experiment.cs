using RnnTools.Core.Csv;
using RnnTools.Core.Tasks;
using RnnTools.Core.Training;

namespace RnnTools.Core.Experiments;

/// <summary>
/// <c>galvan-fig3-2</c> and <c>galvan-fig3-3</c> (thesis Figures 3.2 and 3.3, experiments.md §1.2): the temporal
/// components of temporal order (μ = 0.001) and addition (μ = 0.005), T_min = 100, seed 13, on the training batch of
/// the check at iteration 0 (fig3-2) and at iteration 1000 (fig3-3), from two short anti-gradient runs.
/// </summary>
public sealed class GalvanFig32Experiment : Experiment
{
    /// <summary>The iteration of the fig3-3 snapshot (check index 5).</summary>
    public const long LaterIteration = 1000;

    /// <inheritdoc />
    public override string Id => "galvan-fig3-2";

    /// <inheritdoc />
    public override int Version => 1;

    /// <inheritdoc />
    public override string Title => "Temporal component norms and cosines, temporal order vs addition, at iteration 0 (+ galvan-fig3-3 at iteration 1000)";

    /// <inheritdoc />
    public override IReadOnlyList<string> AlsoWrites => ["galvan-fig3-3"];

    /// <inheritdoc />
    public override RunHistoryKind KeptHistory => RunHistoryKind.ChecksAndTemporal;

    /// <inheritdoc />
    public override IReadOnlyList<ExperimentRun> Runs(ExperimentProfile profile) =>
    [
        Run(TaskName.TemporalOrder, "temporal-order", 0.001),
        Run(TaskName.Addition, "addition", 0.005),
    ];

    /// <inheritdoc />
    public override void WriteResults(ExperimentResults results, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        TemporalSnapshotRow[] rows = [.. results.Planned.SelectMany(run => Snapshots(results.Paths, run))];
        TableFile.Write(results.Paths.Table(), rows.Where(row => row.Iteration == 0));
        TableFile.Write(results.Paths.Table(AlsoWrites[0]), rows.Where(row => row.Iteration == LaterIteration));
    }

    /// <summary>A run of iterations 0 … 1000: its last check is the one at iteration 1000, before that iteration's update.</summary>
    private ExperimentRun Run(TaskName task, string point, double learningRate) => ExperimentRun.Create(Id, task.ToString(), point,
        new TrainingOptions { Task = task, Length = 100, Seed = 13, LearningRate = learningRate, MaxIterations = LaterIteration + 1 });

    private static IReadOnlyList<TemporalSnapshotRow> Snapshots(ExperimentPaths paths, ExperimentRun run) =>
        CompleteRows.Read(paths.TemporalHistory(run), csv => new TemporalSnapshotRow(run.Options.Task,
            csv.GetField<long>(nameof(TemporalStepRecord.Iteration)), csv.GetField<int>(nameof(TemporalStepRecord.Step)),
            csv.GetField<double>(nameof(TemporalStepRecord.NormFull)), csv.GetField<double>(nameof(TemporalStepRecord.Cos)),
            csv.GetField<double>(nameof(TemporalStepRecord.NormWRec)), csv.GetField<double>(nameof(TemporalStepRecord.NormWIn)),
            csv.GetField<double>(nameof(TemporalStepRecord.NormBRec)), csv.GetField<double>(nameof(TemporalStepRecord.NormWOut)),
            csv.GetField<double>(nameof(TemporalStepRecord.NormBOut))));
}
