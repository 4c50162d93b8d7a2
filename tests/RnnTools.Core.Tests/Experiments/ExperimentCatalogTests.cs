using RnnTools.Core.Experiments;
using RnnTools.Core.Initialization;
using RnnTools.Core.Steps;
using RnnTools.Core.Tasks;
using RnnTools.Core.Training;

namespace RnnTools.Core.Tests.Experiments;

public sealed class ExperimentCatalogTests
{
    private static readonly ExperimentCatalog Catalog = new();

    private static IReadOnlyList<ExperimentRun> Runs(string id, ExperimentProfile profile = ExperimentProfile.Full) => Catalog.Find(id).Runs(profile);

    [Fact]
    public void EveryExperimentHasUniqueKeysAndValidOptions()
    {
        foreach (Experiment experiment in Catalog.All)
        {
            foreach (ExperimentProfile profile in Enum.GetValues<ExperimentProfile>())
            {
                IReadOnlyList<ExperimentRun> runs = experiment.Runs(profile);
                Assert.Equal(runs.Count, runs.Select(run => run.Key).Distinct(StringComparer.Ordinal).Count());
                Assert.Equal(runs.Count, runs.Select(run => run.Name).Distinct(StringComparer.Ordinal).Count());
                Assert.All(runs, run => Assert.StartsWith(experiment.Id + ":", run.Key, StringComparison.Ordinal));
                Assert.All(runs, run => run.Options.Validate());
            }
        }
    }

    [Fact]
    public void GalvanFig41ExpandsToTwoSeriesTimesSixLengthsTimesThreeSeeds()
    {
        IReadOnlyList<ExperimentRun> runs = Runs("galvan-fig4-1");
        Assert.Equal(36, runs.Count);
        Assert.Equal([10, 20, 50, 100, 150, 200], runs.Select(run => run.Options.Length!.Value).Distinct());
        Assert.Equal([13, 14, 15], runs.Select(run => run.Options.Seed!.Value).Distinct());
        Assert.All(runs, run => Assert.Equal(TaskName.TemporalOrder, run.Options.Task));
        Assert.All(runs, run => Assert.Equal(3_000_000, run.Options.Resolve().MaxIterations));
        Assert.All(runs.Where(run => run.Series == GalvanFig41Experiment.BelowOne), run => Assert.Equal("gaussian(mean=0, std=0.1)", run.Options.WRecInit));
        Assert.All(runs.Where(run => run.Series == GalvanFig41Experiment.AboveOne), run => Assert.Null(run.Options.WRecInit));
        Assert.Contains(runs, run => run.Key == "galvan-fig4-1:rho-gt-1_T50:s13");

        IReadOnlyList<ExperimentRun> quick = Runs("galvan-fig4-1", ExperimentProfile.Quick);
        Assert.Equal(6, quick.Count);
        Assert.Equal([10, 20, 50], quick.Select(run => run.Options.Length!.Value).Distinct());
        Assert.All(quick, run => Assert.Equal((13, 500_000L), (run.Options.Seed!.Value, run.Options.MaxIterations!.Value)));
    }

    [Fact]
    public void GalvanTab41IsAdditionAtTheCodesLearningRateWithThreeRulesAndThreeSeeds()
    {
        IReadOnlyList<ExperimentRun> runs = Runs("galvan-tab4-1");
        Assert.Equal(9, runs.Count);
        Assert.Equal(["antigradient", "simplex", "switching"], runs.Select(run => run.Options.Direction).Distinct());
        Assert.All(runs, run => Assert.Equal((TaskName.Addition, 100, 0.005, 0.5), (run.Options.Task, run.Options.Length!.Value,
            run.Options.Resolve().LearningRate!.Value, run.Options.Resolve().Psi!.Value)));
        Assert.Same(Catalog.Find("galvan-tab4-1"), Catalog.Find("galvan-fig4-2"));
        Assert.Equal(["antigradient", "switching"], Runs("galvan-tab4-1", ExperimentProfile.Quick).Select(run => run.Options.Direction));
    }

    [Fact]
    public void GalvanTab42IsTemporalOrderWithTheTemporalOrderPsi()
    {
        IReadOnlyList<ExperimentRun> runs = Runs("galvan-tab4-2");
        Assert.Equal(6, runs.Count);
        Assert.All(runs, run => Assert.Equal((TaskName.TemporalOrder, 0.001, 0.9), (run.Options.Task, run.Options.Resolve().LearningRate!.Value,
            run.Options.Resolve().Psi!.Value)));
    }

    [Fact]
    public void PascanuFig7CoversThreeInitsThreeSeriesFiveLengthsFiveSeeds()
    {
        IReadOnlyList<ExperimentRun> runs = Runs("pascanu-fig7");
        Assert.Equal(3 * 3 * 5 * 5, runs.Count);
        Assert.All(runs, run => Assert.Equal(run.Options.Length, run.Options.MaxLength));
        Assert.All(runs, run => Assert.Equal((TrainingPreset.Pascanu, 5_000_000L), (run.Options.Preset, run.Options.Resolve().MaxIterations!.Value)));
        TrainingOptions sgd = runs.First(run => run.Series == "SGD").Options.Resolve();
        TrainingOptions clipped = runs.First(run => run.Series == "SGD-C").Options.Resolve();
        TrainingOptions regularised = runs.First(run => run.Series == "SGD-CR").Options.Resolve();
        Assert.Equal((StepRuleKind.Constant, NanPolicy.Stop, 0.0), (sgd.StepRule, sgd.NanPolicy!.Value, sgd.OmegaWeight!.Value));
        Assert.Equal((StepRuleKind.Clipping, 1.0, 0.0), (clipped.StepRule, clipped.ClipThreshold!.Value, clipped.OmegaWeight!.Value));
        Assert.Equal((StepRuleKind.Clipping, 4.0), (regularised.StepRule, regularised.OmegaWeight!.Value));
        Assert.Equal([52, 53, 54, 55, 56], runs.Select(run => run.Options.Seed!.Value).Distinct());

        IReadOnlyList<ExperimentRun> quick = Runs("pascanu-fig7", ExperimentProfile.Quick);
        Assert.Equal(3 * 2 * 2, quick.Count);
        Assert.All(quick, run => Assert.Equal(InitPreset.PascanuSmartTanh, run.Options.InitPreset));
    }

    [Fact]
    public void GalvanFig32TrainsBothTasksToIteration1000AndKeepsTheTemporalRows()
    {
        Experiment experiment = Catalog.Find("galvan-fig3-3");
        Assert.Equal("galvan-fig3-2", experiment.Id);
        Assert.Equal(RunHistoryKind.ChecksAndTemporal, experiment.KeptHistory);
        Assert.Equal([(TaskName.TemporalOrder, 0.001), (TaskName.Addition, 0.005)],
            experiment.Runs(ExperimentProfile.Full).Select(run => (run.Options.Task, run.Options.LearningRate!.Value)));
        Assert.All(experiment.Runs(ExperimentProfile.Full), run => Assert.Equal(GalvanFig32Experiment.LaterIteration + 1, run.Options.MaxIterations));
    }

    [Fact]
    public void GalvanFig31IsAMeasurementWithoutRuns()
    {
        Assert.Empty(Runs("galvan-fig3-1"));
        Assert.Equal([0.8, 0.9, 1.0, 1.1, 1.2], GalvanFig31Experiment.Options(Core.Backends.BackendKind.Managed).SpectralRadius.ToArray());
    }

    [Fact]
    public void GalvanTab43TrainsFourMuseDataModelsAndKeepsTheirBestModels()
    {
        var catalog = new ExperimentCatalog("/data");
        Experiment experiment = catalog.Find("galvan-fig4-3");
        Assert.Equal("galvan-tab4-3", experiment.Id);
        Assert.Same(experiment, catalog.Find("galvan-tab4-4"));
        Assert.True(experiment.KeepsBestModel);
        IReadOnlyList<ExperimentRun> runs = experiment.Runs(ExperimentProfile.Full);
        Assert.Equal([50, 100, 200, 300], runs.Select(run => run.Options.HiddenSize));
        TrainingOptions options = runs[0].Options.Resolve();
        Assert.Equal((TaskName.Music, Path.Combine("/data", "musedata.json"), InitPreset.GalvanMuse, 600_000L, 0.001, 3.0, 20),
            (options.Task, options.Dataset, options.InitPreset!.Value, options.MaxIterations!.Value, options.LearningRate!.Value, options.ClipThreshold!.Value,
                options.BatchSize!.Value));
        Assert.Equal([(50, 20_000L)], experiment.Runs(ExperimentProfile.Quick).Select(run => (run.Options.HiddenSize, run.Options.MaxIterations!.Value)));
    }
}
