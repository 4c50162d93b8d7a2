using RnnTools.Core.Backends;
using RnnTools.Core.Experiments;
using RnnTools.Core.Operations;
using RnnTools.Core.Tests.Support;
using RnnTools.Core.Training;

namespace RnnTools.Core.Tests.Experiments;

public sealed class SharedRunsTests : IDisposable
{
    private readonly TemporaryDirectory temporary = new("shared");

    private string results => temporary.Path;

    public void Dispose() => temporary.Dispose();

    /// <summary>The smoke grid under another id, with its options changed by <paramref name="change"/>.</summary>
    private sealed class SmokeTwin(string id, Func<TrainingOptions, TrainingOptions> change) : Experiment
    {
        public override string Id => id;

        public override int Version => 1;

        public override string Title => "The smoke grid under another id";

        public override IReadOnlyList<ExperimentRun> Runs(ExperimentProfile profile) =>
            [.. new SmokeExperiment().Runs(profile).Select(run => ExperimentRun.Create(Id, run.Series, "T10", change(run.Options)))];

        public override void WriteResults(ExperimentResults results, CancellationToken cancellationToken) =>
            TableFile.Write(results.Paths.Table(), SuccessRateTable.Rows(results));
    }

    private List<SweepRunResult> Sweep(ExperimentCatalog catalog, string id)
    {
        var sink = new RecordingSink<SweepRunResult>();
        new ExperimentRunOperation(catalog).Run(
            new ExperimentRunOptions { Experiment = id, Results = results, Parallel = 2, Backend = BackendKind.Managed }, sink, CancellationToken.None);
        Assert.Empty(sink.Errors);
        return sink.Records;
    }

    [Fact]
    public void ARunAnotherExperimentFinishedWithTheSameOptionsIsCopiedNotTrained()
    {
        var catalog = new ExperimentCatalog([new SmokeExperiment(), new SmokeTwin("twin", options => options), new SmokeTwin("longer", options => options with { MaxIterations = 5000 })]);
        Sweep(catalog, "smoke");

        List<SweepRunResult> twin = Sweep(catalog, "twin");
        Assert.All(twin, result => Assert.Equal(SweepOutcome.Reused, result.Outcome));
        string[] source = File.ReadAllLines(new ExperimentPaths(results, ExperimentProfile.Full, "smoke").Runs);
        string[] copied = File.ReadAllLines(new ExperimentPaths(results, ExperimentProfile.Full, "twin").Runs);
        Assert.Equal(source[0], copied[0]);
        foreach (string row in copied.Skip(1))
        {
            Assert.StartsWith("twin,1,Full,twin:T10:s1", row, StringComparison.Ordinal);
            string seed = row.Split(',')[3][^3..];
            string original = Assert.Single(source, line => line.StartsWith("smoke,1,Full,smoke:T10:" + seed + ",", StringComparison.Ordinal));
            Assert.Equal(original[original.IndexOf(",SGD-C", StringComparison.Ordinal)..], row[row.IndexOf(",SGD-C", StringComparison.Ordinal)..]);
        }

        Assert.All(Sweep(catalog, "longer"), result => Assert.Equal(SweepOutcome.Finished, result.Outcome));
        Assert.All(Sweep(catalog, "twin"), result => Assert.Equal(SweepOutcome.Skipped, result.Outcome));
    }

    [Fact]
    public void ARowOfAnotherBackendIsNotCopied()
    {
        var catalog = new ExperimentCatalog([new SmokeExperiment(), new SmokeTwin("twin", options => options)]);
        Sweep(catalog, "smoke");
        string runs = new ExperimentPaths(results, ExperimentProfile.Full, "smoke").Runs;
        File.WriteAllText(runs, File.ReadAllText(runs).Replace(",Managed,", ",OpenBlas,", StringComparison.Ordinal));

        Assert.All(Sweep(catalog, "twin"), result => Assert.Equal(SweepOutcome.Finished, result.Outcome));
    }

    [Fact]
    public void TheAntiGradientRunsOfTable42AreTheRhoAbove1RunsOfFigure41AtLength100()
    {
        IReadOnlyList<ExperimentRun> table = new GalvanTab42Experiment().Runs(ExperimentProfile.Full);
        IReadOnlyList<ExperimentRun> figure = new GalvanFig41Experiment().Runs(ExperimentProfile.Full);
        foreach (int seed in new[] { 13, 14, 15 })
        {
            ExperimentRun antigradient = Assert.Single(table, run => run.Key == $"galvan-tab4-2:antigradient:s{seed}");
            ExperimentRun rhoAbove1 = Assert.Single(figure, run => run.Key == $"galvan-fig4-1:rho-gt-1_T100:s{seed}");
            Assert.Equal(rhoAbove1.Options.Resolve(), antigradient.Options.Resolve());
        }
    }
}
