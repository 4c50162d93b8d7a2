using System.Globalization;
using RnnTools.Core.Backends;
using RnnTools.Core.Datasets;
using RnnTools.Core.Initialization;
using RnnTools.Core.Model;
using RnnTools.Core.Tasks;
using RnnTools.Core.Training;

namespace RnnTools.Core.Experiments;

/// <summary>
/// <c>galvan-tab4-3</c> with <c>galvan-tab4-4</c> and <c>galvan-fig4-3</c> (thesis §4.2, experiments.md §1.7): MuseData
/// next-step prediction with n_h ∈ {50, 100, 200, 300}, galvan-muse init, anti-gradient, μ = 0.001, τ = 3, B = 20, split
/// mode, 6·10⁵ iterations; the best model (lowest validation loss) evaluated on the test and training splits.
/// </summary>
/// <param name="dataset">The MuseData file.</param>
public sealed class GalvanTab43Experiment(string dataset) : Experiment
{
    /// <summary>The MuseData file name in the data directory.</summary>
    public const string DatasetFile = "musedata.json";

    /// <inheritdoc />
    public override string Id => "galvan-tab4-3";

    /// <inheritdoc />
    public override int Version => 1;

    /// <inheritdoc />
    public override string Title => "MuseData NLL of the best model by hidden units, test and train (+ galvan-tab4-4, and the curves of galvan-fig4-3)";

    /// <inheritdoc />
    public override IReadOnlyList<string> AlsoWrites => ["galvan-tab4-4", "galvan-fig4-3"];

    /// <inheritdoc />
    public override RunHistoryKind KeptHistory => RunHistoryKind.Checks;

    /// <inheritdoc />
    public override bool KeepsBestModel => true;

    /// <inheritdoc />
    public override IReadOnlyList<ExperimentRun> Runs(ExperimentProfile profile)
    {
        bool full = profile == ExperimentProfile.Full;
        int[] sizes = full ? [50, 100, 200, 300] : [50];
        return
        [
            .. sizes.Select(size => ExperimentRun.Create(Id, string.Create(CultureInfo.InvariantCulture, $"{size}"), string.Create(CultureInfo.InvariantCulture, $"nh{size}"),
                new TrainingOptions
                {
                    Task = TaskName.Music, Dataset = dataset, HiddenSize = size, InitPreset = InitPreset.GalvanMuse, Seed = 13,
                    MaxIterations = full ? 600_000 : 20_000,
                })),
        ];
    }

    /// <inheritdoc />
    public override void WriteResults(ExperimentResults results, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        Dictionary<string, FinishedRun> finished = results.Finished.ToDictionary(run => run.RunKey, StringComparer.Ordinal);
        List<MusicModelRow> models = [];
        foreach (ExperimentRun run in results.Planned.Where(run => finished.ContainsKey(run.Key) && File.Exists(results.Paths.BestModel(run))))
        {
            cancellationToken.ThrowIfCancellationRequested();
            models.Add(Evaluate(run, finished[run.Key], results));
        }

        TableFile.Write(results.Paths.Table(), models);
        MusicModelRow? fifty = models.FirstOrDefault(model => model.HiddenSize == 50);
        TableFile.Write(results.Paths.Table(AlsoWrites[0]), new ComparisonRow[]
        {
            new("Train", 5.20, 6.43, fifty?.TrainSeqMean ?? double.NaN),
            new("Test", 5.60, 6.97, fifty?.TestSeqMean ?? double.NaN),
        });
        TableFile.Write(results.Paths.Table(AlsoWrites[1]), results.Planned.SelectMany(run => ConvergenceExperiment.Curve(results.Paths, run)));
    }

    private MusicModelRow Evaluate(ExperimentRun run, FinishedRun row, ExperimentResults results)
    {
        PolyphonicDataset data = PolyphonicDatasetLoader.Load(run.Options.Dataset!);
        RnnModel<double> model = ModelFile.Read(results.Paths.BestModel(run)).Model;
        var scorer = new MusicModelScorer(model, BackendRegistry.Select(results.Backend, 1).Backend);
        NllAggregator test = scorer.Measure(data.Test);
        NllAggregator train = scorer.Measure(data.Train);
        return new MusicModelRow(row.HiddenSize, row.BestIteration, row.BestValidLoss, test.SequenceMean, train.SequenceMean, test.FrameWeighted,
            train.FrameWeighted, row.Iterations);
    }
}
