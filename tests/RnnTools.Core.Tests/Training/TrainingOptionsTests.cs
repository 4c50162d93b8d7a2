using RnnTools.Core.Errors;
using RnnTools.Core.Initialization;
using RnnTools.Core.Tasks;
using RnnTools.Core.Training;

namespace RnnTools.Core.Tests.Training;

public sealed class TrainingOptionsTests
{
    [Fact]
    public void Resolve_GalvanPreset_GivesTheThesisSettings()
    {
        TrainingOptions resolved = new TrainingOptions { Task = TaskName.TemporalOrder }.Resolve();

        Assert.True(resolved.IsResolved);
        Assert.Equal(TaskVariant.Galvan, resolved.Variant);
        Assert.Equal(100, resolved.Length);
        Assert.Null(resolved.MaxLength);
        Assert.Equal(100, resolved.BatchSize);
        Assert.Equal(InitPreset.Galvan, resolved.InitPreset);
        Assert.Equal(13, resolved.Seed);
        Assert.Equal(0.9, resolved.Psi);
        Assert.Equal(0.001, resolved.LearningRate);
        Assert.Equal(1, resolved.ClipThreshold);
        Assert.Equal(0, resolved.OmegaWeight);
        Assert.Equal(NanPolicy.Stop, resolved.NanPolicy);
        Assert.Equal(3_000_000, resolved.MaxIterations);
        Assert.Equal(200, resolved.CheckEvery);
        Assert.False(resolved.MonitorTrain);
        Assert.Equal(1.2, resolved.SpectralRadius);
        Assert.Equal(50, resolved.HiddenSize);
        Assert.Equal(10_000, resolved.ValidationSize);
    }

    [Fact]
    public void Resolve_PsiAndMusic_DependOnTheTask()
    {
        Assert.Equal(0.5, new TrainingOptions { Task = TaskName.Addition }.Resolve().Psi);
        TrainingOptions music = new TrainingOptions { Task = TaskName.Music, Dataset = "d.json" }.Resolve();
        Assert.Equal(20, music.BatchSize);
        Assert.Equal(3, music.ClipThreshold);
        Assert.True(music.MonitorTrain);
    }

    [Fact]
    public void Resolve_PascanuPreset_SetsItsColumnAndExplicitValuesWin()
    {
        TrainingOptions resolved = new TrainingOptions { Task = TaskName.TemporalOrder, Preset = TrainingPreset.Pascanu, LearningRate = 0.02 }.Resolve();

        Assert.Equal(TaskVariant.Pascanu, resolved.Variant);
        Assert.Equal((50, 200), (resolved.Length, resolved.MaxLength));
        Assert.Equal(20, resolved.BatchSize);
        Assert.Equal(InitPreset.PascanuSmartTanh, resolved.InitPreset);
        Assert.Equal(52, resolved.Seed);
        Assert.Equal(0.02, resolved.LearningRate);
        Assert.Equal(4, resolved.OmegaWeight);
        Assert.Equal(NanPolicy.Pascanu, resolved.NanPolicy);
        Assert.Equal(5_000_000, resolved.MaxIterations);
        Assert.Equal(2000, resolved.CheckEvery);
        Assert.Equal(1, resolved.ClipThreshold);
    }

    [Fact]
    public void Resolve_IsIdempotent() =>
        Assert.Equal(TrainingRuns.Quick.Resolve(), TrainingRuns.Quick.Resolve().Resolve());

    [Fact]
    public void Validate_Defaults_Pass() => new TrainingOptions { Task = TaskName.TemporalOrder }.Validate();

    public static TheoryData<string, TrainingOptions> Invalid() => new()
    {
        { "HiddenSize", TrainingRuns.Quick with { HiddenSize = 0 } },
        { "SpectralRadius", TrainingRuns.Quick with { SpectralRadius = -1 } },
        { "LearningRate", TrainingRuns.Quick with { LearningRate = 0 } },
        { "ClipThreshold", TrainingRuns.Quick with { ClipThreshold = double.NaN } },
        { "Direction", TrainingRuns.Quick with { Direction = "sideways" } },
        { "LbfgsMemory", TrainingRuns.Quick with { Direction = "lbfgs" } },
        { "Psi", TrainingRuns.Quick with { Psi = 0 } },
        { "Momentum", TrainingRuns.Quick with { Momentum = 1 } },
        { "L2", TrainingRuns.Quick with { L2 = -1 } },
        { "GrowthMax", TrainingRuns.Quick with { GrowthMax = 0 } },
        { "OmegaWeight", TrainingRuns.Quick with { OmegaWeight = -1 } },
        { "MaxIterations", TrainingRuns.Quick with { MaxIterations = 0 } },
        { "CheckEvery", TrainingRuns.Quick with { CheckEvery = 0 } },
        { "ValidationSize", TrainingRuns.Quick with { ValidationSize = 0 } },
        { "CheckpointEvery", TrainingRuns.Quick with { CheckpointEvery = 0 } },
        { "Patience", TrainingRuns.Quick with { Patience = 0 } },
        { "Budget", TrainingRuns.Quick with { Budget = 0 } },
        { "TargetLoss", TrainingRuns.Quick with { TargetLoss = double.PositiveInfinity } },
        { "Threads", TrainingRuns.Quick with { Threads = 0 } },
        { "BceEpsilon", TrainingRuns.Quick with { BceEpsilon = 1e-10 } },
        { "MonitorTrain", TrainingRuns.Quick with { MonitorTrain = true } },
        { "Resume", TrainingRuns.Quick with { Resume = true } },
        { "Length", TrainingRuns.Quick with { Length = 5 } },
        { "Variant", TrainingRuns.Quick with { Task = TaskName.Xor, Preset = TrainingPreset.Pascanu } },
        { "Dataset", TrainingRuns.Quick with { Task = TaskName.Music } },
        { "WRecInit", TrainingRuns.Quick with { WRecInit = "nonsense(" } },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Validate_OutOfRange_NamesTheOption(string option, TrainingOptions options)
    {
        RnnToolsException error = Assert.Throws<RnnToolsException>(options.Validate);
        Assert.Equal(ErrorIds.InvalidHyperParameter, error.ErrorId);
        Assert.StartsWith(option + ":", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BudgetText_AcceptsSecondsAndUnits()
    {
        Assert.Equal(90, BudgetText.ParseSeconds("90", "Budget"));
        Assert.Equal(5400, BudgetText.ParseSeconds("90m", "Budget"));
        Assert.Equal(5400, BudgetText.ParseSeconds("1.5h", "Budget"));
        Assert.Equal(2.5, BudgetText.ParseSeconds(" 2.5s ", "Budget"));
        Assert.Throws<RnnToolsException>(() => BudgetText.ParseSeconds("-3m", "Budget"));
        Assert.Throws<RnnToolsException>(() => BudgetText.ParseSeconds("soon", "Budget"));
    }
}
