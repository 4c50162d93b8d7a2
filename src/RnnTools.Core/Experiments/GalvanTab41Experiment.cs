using RnnTools.Core.Tasks;
using RnnTools.Core.Training;

namespace RnnTools.Core.Experiments;

/// <summary>
/// <c>galvan-tab4-1</c> with <c>galvan-fig4-2</c> (thesis Table 4.1 and Figure 4.2, experiments.md §1.5): addition at
/// T_min = 100 with learning rate 0.005, anti-gradient vs simplex vs simplex with conditional switching (ψ = 0.5).
/// </summary>
public sealed class GalvanTab41Experiment : ConvergenceExperiment
{
    /// <inheritdoc />
    public override string Id => "galvan-tab4-1";

    /// <inheritdoc />
    public override int Version => 1;

    /// <inheritdoc />
    public override string Title => "Iterations to convergence on addition T=100: anti-gradient, simplex, simplex with conditional switching (+ the curves of galvan-fig4-2)";

    /// <inheritdoc />
    protected override string? CurvesId => "galvan-fig4-2";

    /// <inheritdoc />
    protected override IReadOnlyList<(string Rule, string Direction)> Rules(ExperimentProfile profile) => profile == ExperimentProfile.Full
        ? [("anti-gradient", "antigradient"), ("simplex", "simplex"), ("simplex with conditional switching", "switching")]
        : [("anti-gradient", "antigradient"), ("simplex with conditional switching", "switching")];

    /// <inheritdoc />
    protected override TrainingOptions Options(ExperimentProfile profile, int seed) =>
        new() { Task = TaskName.Addition, Length = 100, Seed = seed, LearningRate = 0.005 };
}
