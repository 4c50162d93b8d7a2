using System.Globalization;
using RnnTools.Core.Tasks;
using RnnTools.Core.Training;

namespace RnnTools.Core.Experiments;

/// <summary>
/// <c>galvan-fig4-1</c> (thesis Figure 4.1, experiments.md §1.3): the success rate of SGD-C on temporal order against
/// T_min for the spectral initialisation (ρ = 1.2) and the unscaled Gaussian(0, 0.1) W_rec (ρ &lt; 1).
/// </summary>
public sealed class GalvanFig41Experiment : Experiment
{
    /// <summary>The spectral-initialisation series.</summary>
    public const string AboveOne = "SGD-C rho>1";

    /// <summary>The standard-Gaussian series.</summary>
    public const string BelowOne = "SGD-C rho<1";

    /// <inheritdoc />
    public override string Id => "galvan-fig4-1";

    /// <inheritdoc />
    public override int Version => 1;

    /// <inheritdoc />
    public override string Title => "Success rate of SGD-C on temporal order vs length, rho>1 (spectral 1.2) vs rho<1 (unscaled Gaussian)";

    /// <inheritdoc />
    public override IReadOnlyList<ExperimentRun> Runs(ExperimentProfile profile)
    {
        bool full = profile == ExperimentProfile.Full;
        int[] lengths = full ? [10, 20, 50, 100, 150, 200] : [10, 20, 50];
        int[] seeds = full ? [13, 14, 15] : [13];
        long maxIterations = full ? TrainingOptions.DefaultMaxIterations : 500_000;
        return
        [
            .. from series in new[] { AboveOne, BelowOne }
               from length in lengths
               from seed in seeds
               select Run(series, length, seed, maxIterations),
        ];
    }

    /// <inheritdoc />
    public override void WriteResults(ExperimentResults results, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        TableFile.Write(results.Paths.Table(), SuccessRateTable.Rows(results));
    }

    private ExperimentRun Run(string series, int length, int seed, long maxIterations)
    {
        var options = new TrainingOptions { Task = TaskName.TemporalOrder, Length = length, Seed = seed, MaxIterations = maxIterations };
        string point = string.Create(CultureInfo.InvariantCulture, $"{(series == AboveOne ? "rho-gt-1" : "rho-lt-1")}_T{length}");
        return ExperimentRun.Create(Id, series, point, series == AboveOne ? options : options with { WRecInit = "gaussian(mean=0, std=0.1)" });
    }
}
