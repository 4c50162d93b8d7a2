using RnnTools.Core.Tasks;
using RnnTools.Core.Training;

namespace RnnTools.Core.Experiments;

/// <summary>
/// <c>galvan-tab4-2</c> (thesis Table 4.2, experiments.md §1.6): temporal order at T_min = 100, anti-gradient vs simplex
/// with conditional switching (ψ = 0.9, the TemporalOrder default).
/// </summary>
public sealed class GalvanTab42Experiment : ConvergenceExperiment
{
    /// <inheritdoc />
    public override string Id => "galvan-tab4-2";

    /// <inheritdoc />
    public override int Version => 1;

    /// <inheritdoc />
    public override string Title => "Iterations to convergence on temporal order T=100: anti-gradient vs simplex with conditional switching";

    /// <inheritdoc />
    protected override IReadOnlyList<(string Rule, string Direction)> Rules(ExperimentProfile profile) =>
        [("anti-gradient", "antigradient"), ("simplex with conditional switching", "switching")];

    /// <inheritdoc />
    protected override TrainingOptions Options(ExperimentProfile profile, int seed) => new()
    {
        Task = TaskName.TemporalOrder,
        Length = 100,
        Seed = seed,
        MaxIterations = profile == ExperimentProfile.Full ? TrainingOptions.DefaultMaxIterations : 500_000,
    };
}
