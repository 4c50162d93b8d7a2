using RnnTools.Core.Csv;
using RnnTools.Core.Training;

namespace RnnTools.Core.Experiments;

/// <summary>
/// The shape of galvan-tab4-1 and galvan-tab4-2: one task at T_min = 100, a few direction rules, seeds 13–15; the
/// table is the mean number of iterations to convergence per rule, and the kept check histories are the validation
/// curves per rule and seed.
/// </summary>
public abstract class ConvergenceExperiment : Experiment
{
    /// <summary>The seeds whose mean the thesis' simplex column actually is.</summary>
    private static readonly int[] SeedsOfThesisSimplexMean = [13, 14];

    /// <inheritdoc />
    public override RunHistoryKind KeptHistory => CurvesId is null ? RunHistoryKind.None : RunHistoryKind.Checks;

    /// <summary>The rules of a profile: (thesis name, --direction value).</summary>
    protected abstract IReadOnlyList<(string Rule, string Direction)> Rules(ExperimentProfile profile);

    /// <summary>The seeds of a profile.</summary>
    protected virtual IReadOnlyList<int> Seeds(ExperimentProfile profile) => profile == ExperimentProfile.Full ? [13, 14, 15] : [13];

    /// <summary>The training options of one run (task, length, learning rate and caps; the direction is set from the rule).</summary>
    protected abstract TrainingOptions Options(ExperimentProfile profile, int seed);

    /// <summary>The id of the curves' figure, or null to write no curves.</summary>
    protected virtual string? CurvesId => null;

    /// <inheritdoc />
    public override IReadOnlyList<string> AlsoWrites => CurvesId is { } id ? [id] : [];

    /// <inheritdoc />
    public override IReadOnlyList<ExperimentRun> Runs(ExperimentProfile profile) =>
    [
        .. from rule in Rules(profile)
           from seed in Seeds(profile)
           select ExperimentRun.Create(Id, rule.Rule, rule.Direction, Options(profile, seed) with { Direction = rule.Direction }),
    ];

    /// <inheritdoc />
    public override void WriteResults(ExperimentResults results, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        TableFile.Write(results.Paths.Table(), RunGroup.By(results, run => run.Series).Select(cell => new ConvergenceRow(
            cell.Key, cell.Group.Planned.Count, cell.Group.Finished.Count, cell.Group.Successes, cell.Group.MeanIterationsSolved(),
            cell.Group.MeanIterationsAllSolved(SeedsOfThesisSimplexMean))));
        if (CurvesId is { } curves)
        {
            TableFile.Write(results.Paths.Table(curves), results.Planned.SelectMany(run => Curve(results.Paths, run)));
        }
    }

    /// <summary>The checks recorded so far of a run (finished or not), as curve rows.</summary>
    internal static IReadOnlyList<CurveRow> Curve(ExperimentPaths paths, ExperimentRun run)
    {
        TrainingOptions options = run.Options.Resolve();
        return CompleteRows.Read(paths.CheckHistory(run), csv => new CurveRow(run.Series, options.Seed!.Value, options.HiddenSize,
            csv.GetField<int>(nameof(CheckRecord.Check)), csv.GetField<long>(nameof(CheckRecord.Iteration)),
            csv.GetField<double>(nameof(CheckRecord.ValidLoss)), csv.GetField<double>(nameof(CheckRecord.ValidError)),
            csv.GetField<double?>(nameof(CheckRecord.TrainMonitorLoss)) ?? double.NaN));
    }
}
