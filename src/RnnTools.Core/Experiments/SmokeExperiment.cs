using RnnTools.Core.Tasks;
using RnnTools.Core.Training;

namespace RnnTools.Core.Experiments;

/// <summary>
/// <c>smoke</c>: two short temporal-order runs at T = 10 (seeds 13 and 14, at most 4000 iterations) that exercise the
/// sweep machinery (parallel runs, interruption, continuation, Slurm) in seconds. Not a published result.
/// </summary>
public sealed class SmokeExperiment : Experiment
{
    /// <inheritdoc />
    public override string Id => "smoke";

    /// <inheritdoc />
    public override int Version => 1;

    /// <inheritdoc />
    public override string Title => "Two temporal-order runs at T=10 that try the sweep machinery in seconds (not a published result)";

    /// <inheritdoc />
    public override IReadOnlyList<ExperimentRun> Runs(ExperimentProfile profile) =>
        [.. (profile == ExperimentProfile.Full ? new[] { 13, 14 } : [13]).Select(seed => ExperimentRun.Create(Id, "SGD-C rho>1", "T10",
            new TrainingOptions { Task = TaskName.TemporalOrder, Length = 10, Seed = seed, MaxIterations = 4000, ValidationSize = 2000 }))];

    /// <inheritdoc />
    public override void WriteResults(ExperimentResults results, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        TableFile.Write(results.Paths.Table(), SuccessRateTable.Rows(results));
    }
}
