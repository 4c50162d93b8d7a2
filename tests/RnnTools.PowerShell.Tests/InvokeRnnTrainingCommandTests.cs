using System.Management.Automation;
using System.Reflection;
using RnnTools.Cli;
using RnnTools.Cli.Commands;
using RnnTools.Core.Backends;
using RnnTools.Core.Initialization;
using RnnTools.Core.Steps;
using RnnTools.Core.Tasks;
using RnnTools.Core.Training;
using RnnTools.PowerShell.Commands;
using RnnTools.PowerShell.Infrastructure;
using RnnTools.PowerShell.Tests.Support;

namespace RnnTools.PowerShell.Tests;

public sealed class InvokeRnnTrainingCommandTests
{
    [Fact]
    public void BuildOptions_Defaults_AreTheRecordDefaults()
    {
        var cmdlet = new InvokeRnnTrainingCommand { Task = TaskName.TemporalOrder };

        Assert.Equal(new TrainingOptions { Task = TaskName.TemporalOrder }, cmdlet.BuildOptions());
    }

    // The stub's SwitchParameter reads back IsPresent = false whatever it was built with, so switches keep their defaults in these tests.
    [Fact]
    public void BuildOptions_GivenValues_ReachTheRecordAndPathsAreResolved()
    {
        var cmdlet = new InvokeRnnTrainingCommand
        {
            Task = TaskName.Music, Dataset = "jsb.json", Length = 50, Seed = 14, SpectralRadius = 1.1, LearningRate = 0.005, StepRule = StepRuleKind.Adaptive,
            InitPreset = InitPreset.Irnn, CheckpointPath = "ckpt", PathResolver = path => "/home/me/" + path,
        };

        Assert.Equal(new TrainingOptions
        {
            Task = TaskName.Music, Dataset = "/home/me/jsb.json", Length = 50, Seed = 14, SpectralRadius = 1.1, LearningRate = 0.005, StepRule = StepRuleKind.Adaptive,
            InitPreset = InitPreset.Irnn, CheckpointPath = "/home/me/ckpt",
        }, cmdlet.BuildOptions());
    }

    [Fact]
    public void Parameters_CoverEveryOptionWithTheSameNameAndType()
    {
        Dictionary<string, PropertyInfo> parameters = CmdletCatalog.Parameters(typeof(InvokeRnnTrainingCommand)).ToDictionary(p => p.Name);
        PropertyInfo[] options = [.. typeof(TrainingOptions).GetProperties().Where(p => p.CanWrite)];

        Assert.Equal(options.Select(p => p.Name).Order(), parameters.Keys.Order());
        Assert.All(options, option =>
        {
            Type expected = option.PropertyType == typeof(bool) || option.PropertyType == typeof(bool?) ? typeof(SwitchParameter) : option.PropertyType;
            Assert.Equal(expected, parameters[option.Name].PropertyType);
        });
    }

    [Fact]
    public void Parameters_BindByPropertyNameWithTaskAndLengthPositional()
    {
        foreach (PropertyInfo parameter in CmdletCatalog.Parameters(typeof(InvokeRnnTrainingCommand)))
        {
            IReadOnlyDictionary<string, object?> flags = CmdletCatalog.ParameterFlags(parameter);
            Assert.Equal(true, flags["ValueFromPipelineByPropertyName"]);
            Assert.Equal(parameter.Name == nameof(TrainingOptions.Task), flags.TryGetValue("Mandatory", out object? mandatory) && (bool)mandatory!);
            object? position = flags.GetValueOrDefault("Position");
            Assert.Equal(parameter.Name switch { "Task" => 0, "Length" => 1, _ => (int?)null }, (int?)position);
        }

        CustomAttributeData cmdlet = typeof(InvokeRnnTrainingCommand).GetCustomAttributesData().Single(a => a.AttributeType == typeof(CmdletAttribute));
        Assert.Contains(cmdlet.NamedArguments, a => a.MemberName == "SupportsShouldProcess" && (bool)a.TypedValue.Value!);
    }

    [Fact]
    public void Vocabulary_TheSameValuesThroughTrainAndTheCmdlet_GiveEqualOptions()
    {
        var parse = CliApplication.BuildRoot().Parse(
            "train --task TemporalOrder --length 50 --hidden-size 40 --spectral-radius 1.1 --seed 14 --learning-rate 0.005 --clip-threshold 2 "
            + "--batch-size 30 --direction switching --psi 0.8 --max-iterations 1000 --check-every 100 --preset pascanu --nan-policy galvan "
            + "--omega-weight 0.5 --budget 60 --patience 3 --backend managed --threads 2 --checkpoint ckpt --variant galvan "
            + "--init-preset irnn --growth incremental");
        var cmdlet = new InvokeRnnTrainingCommand
        {
            Task = TaskName.TemporalOrder, Length = 50, HiddenSize = 40, SpectralRadius = 1.1, Seed = 14, LearningRate = 0.005, ClipThreshold = 2,
            BatchSize = 30, Direction = "switching", Psi = 0.8, MaxIterations = 1000, CheckEvery = 100, Preset = TrainingPreset.Pascanu,
            NanPolicy = NanPolicy.Galvan, OmegaWeight = 0.5, Budget = 60, Patience = 3,
            Backend = BackendKind.Managed, Threads = 2, CheckpointPath = "ckpt", Variant = TaskVariant.Galvan,
            InitPreset = InitPreset.Irnn, Growth = Core.Growth.GrowthKind.Incremental, PathResolver = path => path,
        };

        Assert.Empty(parse.Errors);
        Assert.Equal(TrainCommand.BuildOptions(parse), cmdlet.BuildOptions());
    }

    [Fact]
    public void Vocabulary_Defaults_AreEqual() =>
        Assert.Equal(TrainCommand.BuildOptions(CliApplication.BuildRoot().Parse("train --task Addition")),
            new InvokeRnnTrainingCommand { Task = TaskName.Addition }.BuildOptions());

    [Fact]
    public void InvariantNumber_IsOnEveryFloatingPointParameter()
    {
        string[] doubles = [.. CmdletCatalog.Parameters(typeof(InvokeRnnTrainingCommand))
            .Where(p => (Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType) == typeof(double))
            .Where(p => !p.GetCustomAttributesData().Any(a => a.AttributeType == typeof(InvariantNumberAttribute)))
            .Select(p => p.Name)];

        Assert.Empty(doubles);
    }
}
