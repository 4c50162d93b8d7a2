using RnnTools.Core.Backends;
using RnnTools.Core.Errors;
using RnnTools.Core.Growth;
using RnnTools.Core.Initialization;
using RnnTools.Core.Model;
using RnnTools.Core.Operations;
using RnnTools.Core.Steps;
using RnnTools.Core.Tasks;
using RnnTools.Core.Tests.Support;
using RnnTools.Core.Training;
using RnnTools.Core.Updates;

namespace RnnTools.Core.Tests.Training;

public sealed class TrainingOperationTests : IDisposable
{
    private readonly TemporaryDirectory temporary = new("training");

    private string folder => temporary.Path;

    public void Dispose() => temporary.Dispose();

    [Fact]
    [Trait("Category", "Slow")]
    public void Run_ShortTemporalOrder_IsSolvedAtACheckWithItsFiguresAndHistory()
    {
        var history = new MemoryHistory();
        (TrainingRunRecord run, RecordingSink<TrainingRunRecord> sink) = TrainingRuns.Run(TrainingRuns.Quick, history, clock: new FakeClock());

        Assert.Equal(TrainingStatus.Solved, run.Status);
        Assert.Equal("validation error <= 0.01", run.Reason);
        Assert.Equal(0, run.Iterations % 50);
        Assert.Equal(run.Iterations + 1, run.Updates);
        Assert.True(run.BestValidError <= 0.01);
        Assert.Equal(run.BestValidError, run.FinalValidError);
        Assert.Equal(run.Iterations, run.BestIteration);
        Assert.Equal(run.Checks, run.History.Count);
        Assert.Equal(history.Checks, run.History);
        Assert.Equal($"{run.Checks} checks", run.History.ToString());
        Assert.Equal([.. Enumerable.Range(0, run.Checks).Select(c => 50L * c)], run.History.Select(c => c.Iteration));
        Assert.Equal(run.Checks, sink.ProgressReports.Count(p => p.Milestone && !p.Completed));
        Assert.Contains("check 1/", sink.ProgressReports[0].Status, StringComparison.Ordinal);
        Assert.Equal("train Seed=13", sink.ProgressReports[0].Activity);
        Assert.True(sink.ProgressReports[^1].Completed);
        Assert.Equal((6, 4, OutputFunction.Softmax, 20 * 20 + (20 * 6) + (4 * 20) + 20 + 4), (run.InputSize, run.OutputSize, run.OutputFunction, run.ParameterCount));
        Assert.Equal(1.2, run.InitialRho, 5);
        Assert.Contains("500 sequences in batches of 500, drawn once before training (lengths 10)", run.DatasetDescription, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Run_Records_CarryTheResolvedHyperParametersAndSaneStatistics()
    {
        TrainingOptions options = TrainingRuns.Quick with { MaxIterations = 101 };
        (TrainingRunRecord run, _) = TrainingRuns.Run(options, clock: new FakeClock());
        TrainingOptions resolved = options.Resolve();

        Assert.Equal(TrainingStatus.MaxIterations, run.Status);
        Assert.Equal((101L, 101L), (run.Iterations, run.Updates));
        Assert.Equal("limit of 101 iterations", run.Reason);
        foreach (object record in run.History.Cast<object>().Prepend(run))
        {
            foreach (string name in new[] { "Task", "Length", "Seed", "HiddenSize", "LearningRate", "ClipThreshold", "BatchSize", "Direction", "MaxIterations", "CheckEvery" })
            {
                Assert.Equal(Value(resolved, name), Value(record, name));
            }

            Assert.Equal(Activation.Tanh, Value(record, "Activation"));
            Assert.Equal(BackendKind.Managed, Value(record, "Backend"));
            Assert.Equal("2026-01-01T00:00:00Z", Value(record, "Timestamp"));
        }

        CheckRecord first = run.History[0];
        Assert.Equal((0, 0L, 1L, 10), (first.Check, first.Iteration, first.Updates, first.BatchLength));
        Assert.Equal(first.TrainLoss, first.TrainLossAvg);
        Assert.Equal(first.GradNorm, first.GradNormAvg);
        Assert.Equal(-1, first.DirCos, 5);
        Assert.True(first.StepSize is > 0 and <= 0.03);
        Assert.Equal(Math.Min(0.03, 0.03 / first.DirNorm), first.StepSize, 9);
        Assert.Null(first.Switched);
        Assert.Null(first.Omega);
        Assert.Null(first.TrainMonitorLoss);
        Assert.Equal(0, first.Penalty);
        Assert.Equal(20, first.CurrentHiddenSize);
        Assert.True(first.GVar >= 0 && double.IsFinite(first.DotsVar));
        Assert.InRange(first.ValidError, 0.5, 0.9);
        Assert.Equal(run.History.Select(c => c.ValidError).Min(), run.History[^1].ValidErrorBest);
        Assert.Equal(run.History[^1].ValidError, run.FinalValidError);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Run_SameSeed_GivesIdenticalRecordsAndAnotherSeedDiffers()
    {
        TrainingOptions options = TrainingRuns.Quick with { MaxIterations = 150 };
        CheckHistory a = TrainingRuns.Run(options, clock: new FakeClock()).Run.History;
        CheckHistory b = TrainingRuns.Run(options, clock: new FakeClock()).Run.History;
        CheckHistory c = TrainingRuns.Run(options with { Seed = 14 }, clock: new FakeClock()).Run.History;

        Assert.Equal(a, b);
        Assert.NotEqual(a.Select(r => r.ValidLoss), c.Select(r => r.ValidLoss));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Run_PascanuPreset_ChecksAfterTheUpdatesOnFreshSetsWithOmega()
    {
        TrainingOptions options = TrainingRuns.Quick with
        {
            Preset = TrainingPreset.Pascanu, MaxLength = 12, Seed = null, LearningRate = null, MaxIterations = 101, ValidationSize = 300,
        };
        (TrainingRunRecord run, _) = TrainingRuns.Run(options, clock: new FakeClock());

        Assert.Equal([50L, 100L], run.History.Select(c => c.Iteration));
        Assert.Equal(52, run.Seed);
        Assert.Equal(TaskVariant.Pascanu, run.Variant);
        Assert.Equal(InitPreset.PascanuSmartTanh, run.InitPreset);
        Assert.Equal(0.01, run.LearningRate);
        Assert.Contains("drawn fresh at every check", run.DatasetDescription, StringComparison.Ordinal);
        Assert.All(run.History, c =>
        {
            Assert.Equal(4, c.OmegaAlpha);
            Assert.True(c.Omega >= 0 && c.StepsInPast is > 0 and <= 1);
        });
    }

    [Fact]
    public void Run_HugeStepsWithoutClipping_DivergeAtTheFirstNonFiniteQuantity()
    {
        TrainingOptions options = TrainingRuns.Quick with { Task = TaskName.Addition, StepRule = StepRuleKind.Constant, LearningRate = 1e30 };
        (TrainingRunRecord run, RecordingSink<TrainingRunRecord> sink) = TrainingRuns.Run(options);

        Assert.Equal(TrainingStatus.Diverged, run.Status);
        Assert.Contains(run.Reason, new[] { "loss", "gradient", "direction", "step", "parameters" });
        Assert.Equal(run.Iterations, run.DivergedAt);
        Assert.Equal(run.Iterations, run.Updates);
        Assert.Contains(sink.Warnings, w => w.Contains("diverged", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_GalvanNanPolicy_AppliesTheUpdateAndStopsAtTheNextCheck()
    {
        TrainingOptions options = TrainingRuns.Quick with
        {
            Task = TaskName.Addition, StepRule = StepRuleKind.Constant, LearningRate = 1e30, NanPolicy = NanPolicy.Galvan,
        };
        (TrainingRunRecord run, RecordingSink<TrainingRunRecord> sink) = TrainingRuns.Run(options);

        Assert.Equal(TrainingStatus.Diverged, run.Status);
        Assert.Equal(0, run.Iterations % 50);
        Assert.True(run.DivergedAt <= run.Iterations);
        Assert.True(double.IsNaN(run.History[^1].Rho));
        Assert.Contains(sink.Warnings, w => w.Contains("NanPolicy galvan", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_NoImprovement_StopsStalledAfterThePatience()
    {
        (TrainingRunRecord run, _) = TrainingRuns.Run(TrainingRuns.Quick with { LearningRate = 1e-12, Patience = 2, CheckEvery = 10 });

        Assert.Equal(TrainingStatus.Stalled, run.Status);
        Assert.Equal(20, run.Iterations);
        Assert.Equal(3, run.Checks);
        Assert.Equal(0, run.BestIteration);
        Assert.Equal("no new best in 2 checks", run.Reason);
    }

    [Fact]
    public void Run_BudgetExceeded_StopsWithStatusBudget()
    {
        (TrainingRunRecord run, _) = TrainingRuns.Run(TrainingRuns.Quick with { Budget = 5 }, clock: new SteppingClock(TimeSpan.FromSeconds(1)));

        Assert.Equal(TrainingStatus.Budget, run.Status);
        Assert.True(run.ElapsedSeconds > 5);
        Assert.True(run.Iterations < 10);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Run_Cancelled_EndsAfterTheIterationWithACheckpointThatResumes()
    {
        string directory = Path.Combine(folder, "ckpt");
        TrainingOptions options = TrainingRuns.Quick with { CheckpointPath = directory, MaxIterations = 120 };
        (TrainingRunRecord cancelled, _) = TrainingRuns.Run(options, cancellationToken: new CancellationToken(canceled: true), clock: new FakeClock());

        Assert.Equal(TrainingStatus.Cancelled, cancelled.Status);
        Assert.Equal((0L, 1L, 1), (cancelled.Iterations, cancelled.Updates, cancelled.Checks));
        Assert.Equal("cancelled", cancelled.Reason);
        TrainingCheckpoint checkpoint = new CheckpointStore(directory).Read();
        Assert.Equal(TrainingStatus.Cancelled, checkpoint.Status);
        Assert.Equal(1, checkpoint.Progress.NextIteration);
        Assert.True(File.Exists(Path.Combine(directory, "current_model.json")));
        Assert.True(File.Exists(Path.Combine(directory, "best_model.json")));

        (TrainingRunRecord resumed, _) = TrainingRuns.Run(options with { Resume = true }, clock: new FakeClock());
        (TrainingRunRecord straight, _) = TrainingRuns.Run(options with { CheckpointPath = null }, clock: new FakeClock());
        Assert.Equal(straight.Status, resumed.Status);
        Assert.Equal(straight.Iterations, resumed.Iterations);
        Assert.Equal(straight.History.Skip(1), resumed.History);
    }

    [Fact]
    public void Resume_WithOtherOptionsOrAFinishedRun_IsRefused()
    {
        string directory = Path.Combine(folder, "done");
        TrainingOptions options = TrainingRuns.Quick with { CheckpointPath = directory, MaxIterations = 10, CheckEvery = 5 };
        TrainingRuns.Run(options);

        RnnToolsException changed = Assert.Throws<RnnToolsException>(() => TrainingRuns.Run(options with { Resume = true, LearningRate = 0.5 }));
        Assert.Equal(ErrorIds.InvalidInputFile, changed.ErrorId);
        Assert.Contains("LearningRate=0.03", changed.Message, StringComparison.Ordinal);

        (TrainingRunRecord longer, _) = TrainingRuns.Run(options with { Resume = true, MaxIterations = 20 });
        Assert.Equal((TrainingStatus.MaxIterations, 20L), (longer.Status, longer.Iterations));

        TrainingRuns.Run(TrainingRuns.Quick with { CheckpointPath = directory, MaxIterations = 1000 });
        RnnToolsException solved = Assert.Throws<RnnToolsException>(() => TrainingRuns.Run(TrainingRuns.Quick with { CheckpointPath = directory, Resume = true }));
        Assert.StartsWith("Resume:", solved.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resume_WithoutACheckpoint_StartsANewRun()
    {
        (TrainingRunRecord run, RecordingSink<TrainingRunRecord> sink) =
            TrainingRuns.Run(TrainingRuns.Quick with { CheckpointPath = Path.Combine(folder, "none"), Resume = true, MaxIterations = 5 });

        Assert.Equal(TrainingStatus.MaxIterations, run.Status);
        Assert.Contains(sink.VerboseLines, l => l.StartsWith("no checkpoint", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_WhatIf_WritesNoCheckpoint()
    {
        string directory = Path.Combine(folder, "whatif");
        var sink = new RecordingSink<TrainingRunRecord>(allow: false);
        new TrainingOperation().Run(TrainingRuns.Quick with { CheckpointPath = directory, MaxIterations = 3 }, sink, CancellationToken.None);

        Assert.Equal((directory, "write training checkpoints"), Assert.Single(sink.Questions));
        Assert.False(Directory.Exists(directory));
    }

    [Fact]
    public void Run_TemporalRows_CoverEveryStepOfEveryCheck()
    {
        var history = new MemoryHistory(recordsSteps: true);
        (TrainingRunRecord run, _) = TrainingRuns.Run(TrainingRuns.Quick with { MaxIterations = 60 }, history);

        Assert.Equal(run.History.Sum(c => c.BatchLength), history.Steps.Count);
        Assert.Equal([.. Enumerable.Range(0, 10)], history.Steps.Take(10).Select(s => s.Step));
        Assert.All(history.Steps, s => Assert.True(s.NormFull >= s.NormWRec && s.NormFull >= 0));
        Assert.Equal(0, history.Steps[0].NormWRec);
        Assert.Equal(50, history.Steps[^1].Iteration);
    }

    [Fact]
    public void Run_Growth_AddsUnitsAndKeepsTraining()
    {
        TrainingOptions options = TrainingRuns.Quick with { Growth = GrowthKind.Incremental, GrowthFrequency = 20, GrowthIncrement = 5, GrowthMax = 30, MaxIterations = 60 };
        (TrainingRunRecord run, _) = TrainingRuns.Run(options);

        Assert.Equal([20, 30], run.History.Select(c => c.CurrentHiddenSize));
        Assert.Equal(20, run.HiddenSize);
        Assert.Equal((30 * 30) + (30 * 6) + (4 * 30) + 30 + 4, run.ParameterCount);
        Assert.True(double.IsFinite(run.FinalValidError));
    }

    public static TheoryData<TrainingOptions> RuleCombinations() =>
    [
        TrainingRuns.Quick with { Direction = "switching", UpdateRule = UpdateRuleKind.Momentum },
        TrainingRuns.Quick with { Direction = "simplex", UpdateRule = UpdateRuleKind.Nesterov, L2 = 1e-4 },
        TrainingRuns.Quick with { Direction = "lbfgs", LbfgsMemory = 3, StepRule = StepRuleKind.Armijo },
        TrainingRuns.Quick with { Direction = "dropout", DropoutRate = 0.2, StepRule = StepRuleKind.Adaptive, UpdateRule = UpdateRuleKind.Averaging },
        TrainingRuns.Quick with { Direction = "combined:equiangular", StepRule = StepRuleKind.Probabilistic, L1 = 1e-5, OmegaWeight = 1 },
        TrainingRuns.Quick with { Precision = Precision.Float64, UpdateRule = UpdateRuleKind.Cyclic, StepRule = StepRuleKind.TwoThreshold },
    ];

    [Theory]
    [MemberData(nameof(RuleCombinations))]
    public void Run_RuleCombinations_TrainWithFiniteFigures(TrainingOptions options)
    {
        (TrainingRunRecord run, _) = TrainingRuns.Run(options with { MaxIterations = 60, CheckEvery = 30 });

        Assert.Equal(TrainingStatus.MaxIterations, run.Status);
        Assert.All(run.History, c => Assert.True(double.IsFinite(c.ValidLoss) && double.IsFinite(c.DirNorm) && double.IsFinite(c.StepSize)));
        Assert.True(run.History[^1].ValidLoss < run.History[0].ValidLoss + 0.5);
    }

    [Fact]
    public void Run_Switching_ReportsTheOutcome()
    {
        (TrainingRunRecord run, _) = TrainingRuns.Run(TrainingRuns.Quick with { Direction = "switching", MaxIterations = 60, CheckEvery = 30 });

        Assert.All(run.History, c =>
        {
            Assert.NotNull(c.Switched);
            Assert.NotNull(c.DbGNorm);
        });
        Assert.Equal(0.9, run.Psi);
    }

    [Fact]
    public void Run_Sutskever2013_StartsTheOutputBiasAtTheTargetMeans()
    {
        string directory = Path.Combine(folder, "sutskever");
        TrainingRuns.Run(TrainingRuns.Quick with { InitPreset = InitPreset.Sutskever2013, LearningRate = 1e-12, MaxIterations = 1, CheckpointPath = directory });

        RnnModel<double> model = ModelFile.Read(Path.Combine(directory, "current_model.json")).Model;
        Assert.Equal(1, model.BOut.ToArray().Sum(), 5);
        Assert.All(model.BOut.ToArray(), b => Assert.InRange(b, 0.05, 0.6));
    }

    [Fact]
    public void Run_Music_EvaluatesTheSplitsBothWays()
    {
        TrainingOptions options = new()
        {
            Task = TaskName.Music, Dataset = SharedData.Fixture("Music", "tiny.json"), HiddenSize = 8, MaxIterations = 4, CheckEvery = 2,
            Backend = BackendKind.Managed, CropLength = 5,
        };
        (TrainingRunRecord run, _) = TrainingRuns.Run(options);

        Assert.Equal(TrainingStatus.MaxIterations, run.Status);
        Assert.Equal((88, 88, OutputFunction.Logistic, 3.0, 20), (run.InputSize, run.OutputSize, run.OutputFunction, run.ClipThreshold, run.BatchSize));
        Assert.All(run.History, c =>
        {
            Assert.InRange(c.ValidLoss, 1, 88);
            Assert.InRange(c.ValidError, 1, 88);
            Assert.NotNull(c.TrainMonitorLoss);
            Assert.NotNull(c.TrainMonitorLossFrameWeighted);
        });
        Assert.Equal(run.History.Min(c => c.ValidLoss), run.BestValidLoss);
        Assert.Contains("tiny.json", run.DatasetDescription, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("antigradient")]
    [InlineData("switching")]
    [Trait("Category", "Slow")]
    public void Run_IterationsBetweenChecks_AllocateNothing(string direction)
    {
        TrainingOptions options = TrainingRuns.Quick with { Length = 20, ValidationSize = 100, CheckEvery = 100_000, Direction = direction, LearningRate = 0.001 };
        long Allocated(long iterations)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            TrainingRuns.Run(options with { MaxIterations = iterations });
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Allocated(1300); // warm-up: JIT tiering allocates while it settles
        double perIteration = Math.Min(Allocated(1300) - Allocated(300), Allocated(1300) - Allocated(300)) / 1000.0;

        // A batch of this task alone is 48 kB; the bound leaves room only for runtime noise (tiering, timers).
        Assert.True(perIteration < 256, $"{perIteration} bytes per iteration");
    }

    private static object? Value(object record, string name) => record.GetType().GetProperty(name)!.GetValue(record);

    /// <summary>A clock that moves by a fixed amount every time it is read.</summary>
    private sealed class SteppingClock(TimeSpan step) : TimeProvider
    {
        private long ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => ticks += step.Ticks;
    }
}
