using RnnTools.Core.Tasks;
using RnnTools.Core.Tests.Support;
using RnnTools.Core.Training;
using RnnTools.Core.Updates;

namespace RnnTools.Core.Tests.Training;

public sealed class TrainingResumeTests : IDisposable
{
    private readonly TemporaryDirectory temporary = new("resume");

    private string folder => temporary.Path;

    public void Dispose() => temporary.Dispose();

    public static TheoryData<TrainingOptions> Configurations() =>
    [
        TrainingRuns.Quick with { MaxIterations = 150, CheckEvery = 10, CheckpointEvery = 3 },
        TrainingRuns.Quick with
        {
            MaxIterations = 150, CheckEvery = 10, CheckpointEvery = 2, Direction = "switching", UpdateRule = UpdateRuleKind.Nesterov,
            StepRule = Core.Steps.StepRuleKind.Adaptive, OmegaWeight = 0.5, Task = TaskName.TemporalOrder, Mode = TemporalOrderMode.Mixed,
        },
        TrainingRuns.Quick with
        {
            Preset = TrainingPreset.Pascanu, MaxLength = 13, MaxIterations = 150, CheckEvery = 10, CheckpointEvery = 2, ValidationSize = 200,
            Direction = "dropout", DropoutRate = 0.3, Growth = Core.Growth.GrowthKind.Incremental, GrowthFrequency = 35, GrowthMax = 30,
        },
    ];

    [Theory]
    [MemberData(nameof(Configurations))]
    [Trait("Category", "Slow")]
    public void Resume_AfterAKillBetweenCheckpoints_EndsBitIdenticalToAnUninterruptedRun(TrainingOptions configuration)
    {
        TrainingOptions options = configuration with { CheckpointPath = Path.Combine(folder, "straight") };
        var straightHistory = new MemoryHistory(recordsSteps: true);
        (TrainingRunRecord straight, _) = TrainingRuns.Run(options, straightHistory, clock: new FakeClock());

        // The "killed" run dies while writing check row 7; its last checkpoint recorded fewer rows.
        TrainingOptions killed = options with { CheckpointPath = Path.Combine(folder, "killed") };
        var history = new MemoryHistory(recordsSteps: true, crashAtRow: 7);
        Assert.Throws<SimulatedCrashException>(() => TrainingRuns.Run(killed, history, clock: new FakeClock()));
        Assert.Equal(7, history.Checks.Count);
        history.Crashes = false;
        (TrainingRunRecord resumed, _) = TrainingRuns.Run(killed with { Resume = true }, history, clock: new FakeClock());

        HistoryPosition rewound = Assert.Single(history.Rewinds);
        Assert.Equal(6, rewound.CheckRows);
        Assert.Equal(straight.Status, resumed.Status);
        Assert.Equal((straight.Iterations, straight.Updates, straight.Checks), (resumed.Iterations, resumed.Updates, resumed.Checks));
        Assert.Equal((straight.BestValidError, straight.BestValidLoss, straight.BestIteration), (resumed.BestValidError, resumed.BestValidLoss, resumed.BestIteration));
        Assert.Equal((straight.FinalValidError, straight.FinalValidLoss), (resumed.FinalValidError, resumed.FinalValidLoss));
        Assert.Equal(straightHistory.Checks, history.Checks);
        Assert.Equal(straightHistory.Steps, history.Steps);
        Assert.Equal(straight with { History = resumed.History, CheckpointEvery = resumed.CheckpointEvery }, resumed);

        TrainingCheckpoint a = new CheckpointStore(options.CheckpointPath!).Read(), b = new CheckpointStore(killed.CheckpointPath!).Read();
        Assert.Equal(a.Parameters, b.Parameters);
        Assert.Equal(a.BestParameters, b.BestParameters);
        Assert.Equal(File.ReadAllText(Path.Combine(options.CheckpointPath!, "current_model.json")), File.ReadAllText(Path.Combine(killed.CheckpointPath!, "current_model.json")));
        Assert.Equal(File.ReadAllText(Path.Combine(options.CheckpointPath!, "best_model.json")), File.ReadAllText(Path.Combine(killed.CheckpointPath!, "best_model.json")));
    }
}
