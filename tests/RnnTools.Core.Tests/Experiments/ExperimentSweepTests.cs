using RnnTools.Core.Backends;
using RnnTools.Core.Experiments;
using RnnTools.Core.Operations;
using RnnTools.Core.Tests.Support;
using RnnTools.Core.Training;

namespace RnnTools.Core.Tests.Experiments;

public sealed class ExperimentSweepTests : IDisposable
{
    private readonly TemporaryDirectory temporary = new("sweep");

    private string results => temporary.Path;

    public void Dispose() => temporary.Dispose();

    private ExperimentRunOptions Smoke(string? directory = null) =>
        new() { Experiment = "smoke", Results = directory ?? results, Parallel = 2, Backend = BackendKind.Managed };

    private static List<SweepRunResult> Sweep(ExperimentRunOptions options)
    {
        var sink = new RecordingSink<SweepRunResult>();
        new ExperimentRunOperation().Run(options, sink, CancellationToken.None);
        Assert.Empty(sink.Errors);
        return sink.Records;
    }

    [Fact]
    public void InterruptedSweepContinuesToOneRowPerRunEqualToAnUninterruptedSweep()
    {
        using (var interrupting = new CancelOnFirstCheckSink<SweepRunResult>())
        {
            new ExperimentRunOperation().Run(Smoke(), interrupting, interrupting.Token);
            Assert.Empty(interrupting.Errors);
            Assert.Contains(interrupting.Records, result => result.Outcome == SweepOutcome.Interrupted);
        }

        var paths = new ExperimentPaths(results, ExperimentProfile.Full, "smoke");
        Assert.True(RunsFile.ReadFinished(paths).Count < 2);
        Assert.NotEmpty(Directory.GetDirectories(paths.Checkpoints));

        List<SweepRunResult> continued = Sweep(Smoke());
        Assert.All(continued, result => Assert.Contains(result.Outcome, new[] { SweepOutcome.Finished, SweepOutcome.Skipped }));
        List<SweepRunResult> again = Sweep(Smoke());
        Assert.All(again, result => Assert.Equal(SweepOutcome.Skipped, result.Outcome));

        IReadOnlyList<FinishedRun> rows = RunsFile.Read(paths.Runs);
        Assert.Equal(["smoke:T10:s13", "smoke:T10:s14"], rows.Select(row => row.RunKey).Order(StringComparer.Ordinal));
        Assert.False(Directory.Exists(paths.Checkpoints));

        string straight = Path.Combine(results, "straight");
        Sweep(Smoke(straight));
        IReadOnlyList<FinishedRun> reference = RunsFile.Read(new ExperimentPaths(straight, ExperimentProfile.Full, "smoke").Runs);
        foreach (FinishedRun row in rows)
        {
            FinishedRun expected = Assert.Single(reference, other => other.RunKey == row.RunKey);
            Assert.Equal((expected.Status, expected.Iterations, expected.BestValidLoss), (row.Status, row.Iterations, row.BestValidLoss));
        }

        string table = File.ReadAllText(paths.Table());
        Assert.Equal("Series,Length,Planned,Runs,Successes,SuccessRate,MeanIterationsSolved,MeanInitialRho", table.Split('\n')[0]);
        Assert.StartsWith("SGD-C rho>1,10,2,2,", table.Split('\n')[1], StringComparison.Ordinal);
    }

    [Fact]
    public void StatusSaysPartialAfterAnInterruptionAndDoneAfterTheContinuation()
    {
        using (var interrupting = new CancelOnFirstCheckSink<SweepRunResult>())
        {
            new ExperimentRunOperation().Run(Smoke() with { Parallel = 1, RunIndex = 0 }, interrupting, interrupting.Token);
        }

        List<RunStatusRecord> before = Status();
        Assert.Equal([RunState.Partial, RunState.Remaining], before.Select(run => run.State));
        Assert.True(before[0].Iterations > 0);

        Sweep(Smoke());
        List<RunStatusRecord> after = Status();
        Assert.All(after, run => Assert.Equal(RunState.Done, run.State));
        Assert.All(after, run => Assert.Equal(TrainingStatus.Solved, run.Status));
    }

    [Fact]
    public void APartFileIsMergedIntoRunsOnce()
    {
        Sweep(Smoke() with { RunIndex = 1, Part = 1 });
        var paths = new ExperimentPaths(results, ExperimentProfile.Full, "smoke");
        Assert.False(File.Exists(paths.Runs));
        Assert.Single(RunsFile.Read(paths.Part(1)));
        Assert.Equal([RunState.Remaining, RunState.Done], Status().Select(run => run.State));

        var sink = new RecordingSink<MergeRecord>();
        new ExperimentMergeOperation().Run(Smoke(), sink, CancellationToken.None);
        Assert.Equal(new MergeRecord("smoke", 1, 1, 1, 2), Assert.Single(sink.Records));
        Assert.False(File.Exists(paths.Part(1)));
        Assert.Equal("smoke:T10:s14", Assert.Single(RunsFile.Read(paths.Runs)).RunKey);
        Assert.True(File.Exists(paths.Table()));
    }

    [Fact]
    public void AnIndexOutsideTheGridIsRefusedNamingTheOption()
    {
        var error = Assert.Throws<Errors.RnnToolsException>(() => Sweep(Smoke() with { RunIndex = 2 }));
        Assert.Contains("RunIndex", error.Message, StringComparison.Ordinal);
        Assert.Contains("2 runs", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownExperimentNamesTheKnownIds()
    {
        var error = Assert.Throws<Errors.RnnToolsException>(() => Sweep(Smoke() with { Experiment = "galvan-fig9" }));
        Assert.Contains("galvan-fig4-1", error.Message, StringComparison.Ordinal);
    }

    private List<RunStatusRecord> Status()
    {
        var sink = new RecordingSink<RunStatusRecord>();
        new ExperimentStatusOperation().Run(Smoke(), sink, CancellationToken.None);
        return sink.Records;
    }
}
