using RnnTools.Cli.Commands;
using RnnTools.Core.Backends;
using RnnTools.Core.Engine;
using RnnTools.Core.Growth;
using RnnTools.Core.Initialization;
using RnnTools.Core.Model;
using RnnTools.Core.Steps;
using RnnTools.Core.Tasks;
using RnnTools.Core.Training;
using RnnTools.Core.Updates;

namespace RnnTools.Cli.Tests;

/// <summary><c>train</c> builds the options record the core would build from the same values (the vocabulary test).</summary>
public sealed class TrainCommandParserTests
{
    [Fact]
    public void Train_Defaults_LeaveThePresetDependentOptionsUnset()
    {
        var parse = CliApplication.BuildRoot().Parse("train --task TemporalOrder");

        Assert.Empty(parse.Errors);
        Assert.Equal(new TrainingOptions { Task = TaskName.TemporalOrder }, TrainCommand.BuildOptions(parse));
    }

    [Fact]
    public void Train_EveryOption_ReachesTheRecord()
    {
        var parse = CliApplication.BuildRoot().Parse(
            "train --task TemporalOrder --preset pascanu --variant galvan --mode mixed --length 50 --max-length 60 --batch-size 30 --seed 13 "
            + "--hidden-size 40 --activation relu --init-preset irnn --spectral-radius 1.1 --w-rec-init orthogonal(scale=1) --w-in-init xavier-normal "
            + "--w-out-init zero --precision float64 --direction switching --psi inf --max-cos -0.1 --trust-threshold 1e-8 --no-norm-preservation "
            + "--separate-blocks --keep 0.5 --lbfgs-memory 4 --lbfgs-scaling --dropout-inner simplex --dropout-rate 0.25 --step-rule two-threshold "
            + "--learning-rate 0.002 --clip-threshold 2 --clip-norm maxabs --clip-threshold-max-abs 0.2 --normalized-step --increase-probability 0.3 "
            + "--increase-factor 2 --decrease-factor 0.25 --tokens 10 --loss-window 50 --mean-history 5 --check-probability 0.5 --armijo-initial-step 2 "
            + "--armijo-shrink 0.7 --armijo-c1 0.01 --armijo-max-steps 7 --armijo-warm-start --armijo-simplified --update-rule nesterov --momentum 0.9 "
            + "--momentum-schedule sutskever --averaging-window 3 --omega-weight 2 --omega-decay --omega-norm plain --l1 1e-5 --l2 2e-5 --penalize-biases "
            + "--growth incremental --growth-max 80 --growth-increment 3 --growth-frequency 500 --nan-policy galvan --max-iterations 1000 "
            + "--check-every 100 --validation-size 2000 --budget 90m --patience 5 --target-loss 0.5 --checkpoint ckpt --checkpoint-every 4 "
            + "--resume --backend managed --threads 2 --error-threshold 0.1 --error-kind squared");

        Assert.Empty(parse.Errors);
        Assert.Equal(new TrainingOptions
        {
            Task = TaskName.TemporalOrder, Preset = TrainingPreset.Pascanu, Variant = TaskVariant.Galvan, Mode = TemporalOrderMode.Mixed, Length = 50,
            MaxLength = 60, BatchSize = 30, Seed = 13, HiddenSize = 40, Activation = Activation.Relu, InitPreset = InitPreset.Irnn, SpectralRadius = 1.1,
            WRecInit = "orthogonal(scale=1)", WInInit = "xavier-normal", WOutInit = "zero", Precision = Precision.Float64, Direction = "switching",
            Psi = double.PositiveInfinity, MaxCos = -0.1, TrustThreshold = 1e-8, NoNormPreservation = true, SeparateBlocks = true, Keep = 0.5,
            LbfgsMemory = 4, LbfgsScaling = true, DropoutInner = "simplex", DropoutRate = 0.25, StepRule = StepRuleKind.TwoThreshold, LearningRate = 0.002,
            ClipThreshold = 2, ClipNorm = ClipNorm.MaxAbs, ClipThresholdMaxAbs = 0.2, NormalizedStep = true, IncreaseProbability = 0.3, IncreaseFactor = 2,
            DecreaseFactor = 0.25, Tokens = 10, LossWindow = 50, MeanHistory = 5, CheckProbability = 0.5, ArmijoInitialStep = 2, ArmijoShrink = 0.7,
            ArmijoC1 = 0.01, ArmijoMaxSteps = 7, ArmijoWarmStart = true, ArmijoSimplified = true, UpdateRule = UpdateRuleKind.Nesterov, Momentum = 0.9,
            MomentumSchedule = MomentumSchedule.Sutskever, AveragingWindow = 3, OmegaWeight = 2, OmegaDecay = true, OmegaNorm = OmegaNorm.Plain, L1 = 1e-5,
            L2 = 2e-5, PenalizeBiases = true, Growth = GrowthKind.Incremental, GrowthMax = 80, GrowthIncrement = 3, GrowthFrequency = 500,
            NanPolicy = NanPolicy.Galvan, MaxIterations = 1000, CheckEvery = 100, ValidationSize = 2000, Budget = 5400, Patience = 5, TargetLoss = 0.5,
            CheckpointPath = "ckpt", CheckpointEvery = 4, Resume = true, Backend = BackendKind.Managed, Threads = 2, ErrorThreshold = 0.1,
            ErrorKind = SequenceErrorKind.Squared,
        }, TrainCommand.BuildOptions(parse));
    }

    [Fact]
    public void Train_MusicOptions_ReachTheRecord()
    {
        var parse = CliApplication.BuildRoot().Parse("train --task Music --dataset jsb.json --split-mode full --crop-length 100 --monitor-train false --bce-epsilon 1e-10");

        Assert.Equal(new TrainingOptions { Task = TaskName.Music, Dataset = "jsb.json", SplitMode = SplitMode.Full, CropLength = 100, MonitorTrain = false, BceEpsilon = 1e-10 },
            TrainCommand.BuildOptions(parse));
    }

    [Theory]
    [InlineData("train --task TemporalOrder --budget soon")]
    [InlineData("train --task TemporalOrder --learning-rate 0,01")]
    [InlineData("train --task TemporalOrder --preset fast")]
    [InlineData("train --task Sorting")]
    public void Train_BadValues_AreParseErrors(string line) =>
        Assert.NotEmpty(CliApplication.BuildRoot().Parse(line).Errors);
}
