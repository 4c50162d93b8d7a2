using System.Globalization;
using RnnTools.Core.Initialization;
using RnnTools.Core.Steps;
using RnnTools.Core.Tasks;
using RnnTools.Core.Training;

namespace RnnTools.Core.Experiments;

/// <summary>
/// <c>pascanu-fig7</c> (ICML 2013 Figure 7, experiments.md §2.1): the success rate on temporal order (pascanu preset,
/// fixed length ℓ) of SGD, SGD-C (clipping at 1) and SGD-CR (clipping and Ω with α_Ω = 4) for three initialisations.
/// </summary>
public sealed class PascanuFig7Experiment : Experiment
{
    /// <inheritdoc />
    public override string Id => "pascanu-fig7";

    /// <inheritdoc />
    public override int Version => 1;

    /// <inheritdoc />
    public override string Title => "Success rate on temporal order vs length: SGD, SGD-C, SGD-CR for three initialisations (pascanu preset)";

    /// <inheritdoc />
    public override IReadOnlyList<ExperimentRun> Runs(ExperimentProfile profile)
    {
        bool full = profile == ExperimentProfile.Full;
        InitPreset[] inits = full ? [InitPreset.PascanuSigmoid, InitPreset.PascanuBasicTanh, InitPreset.PascanuSmartTanh] : [InitPreset.PascanuSmartTanh];
        int[] lengths = full ? [20, 50, 100, 150, 200] : [20, 50];
        int[] seeds = full ? [52, 53, 54, 55, 56] : [52, 53];
        long maxIterations = full ? TrainingOptions.PascanuMaxIterations : 500_000;
        return
        [
            .. from init in inits
               from series in new[] { "SGD", "SGD-C", "SGD-CR" }
               from length in lengths
               from seed in seeds
               select Run(init, series, length, seed, maxIterations),
        ];
    }

    /// <inheritdoc />
    public override void WriteResults(ExperimentResults results, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        TableFile.Write(results.Paths.Table(),
            RunGroup.By(results, run => (Init: run.Options.InitPreset!.Value, run.Series, Length: run.Options.Length!.Value)).Select(cell =>
                new PascanuSuccessRow(cell.Key.Init, cell.Key.Series, cell.Key.Length, cell.Group.Planned.Count, cell.Group.Finished.Count,
                    cell.Group.Successes, cell.Group.SuccessRate)));
    }

    private ExperimentRun Run(InitPreset init, string series, int length, int seed, long maxIterations)
    {
        var options = new TrainingOptions
        {
            Preset = TrainingPreset.Pascanu,
            Task = TaskName.TemporalOrder,
            Length = length,
            MaxLength = length,
            InitPreset = init,
            Seed = seed,
            MaxIterations = maxIterations,
            OmegaWeight = series == "SGD-CR" ? TrainingOptions.PascanuOmegaWeight : 0,
        };
        if (series == "SGD")
        {
            options = options with { StepRule = StepRuleKind.Constant, NanPolicy = NanPolicy.Stop };
        }

        string panel = init.ToString().Replace("Pascanu", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        return ExperimentRun.Create(Id, series, string.Create(CultureInfo.InvariantCulture, $"{panel}_{series}_L{length}"), options);
    }
}
