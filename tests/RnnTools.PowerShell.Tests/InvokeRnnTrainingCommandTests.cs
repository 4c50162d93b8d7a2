using System.Management.Automation;
using System.Reflection;
using RnnTools.Cli;
using RnnTools.Cli.Commands;
using RnnTools.Core.Backends;
using RnnTools.Core.Initialization;
using RnnTools.Core.Operations;
using RnnTools.Core.Steps;
using RnnTools.Core.Tasks;
using RnnTools.Core.Training;
using RnnTools.PowerShell.Commands;
using RnnTools.PowerShell.Infrastructure;
using RnnTools.PowerShell.Tests.Support;

namespace RnnTools.PowerShell.Tests;

public sealed class InvokeRnnTrainingCommandTests : IDisposable
{
    /// <summary>The file parameters outside the options record: the history sinks of train --history and --temporal.</summary>
    private static readonly string[] HistoryFiles = [nameof(InvokeRnnTrainingCommand.HistoryPath), nameof(InvokeRnnTrainingCommand.TemporalPath)];

    private readonly TemporaryDirectory temporary = new("invoke");

    private string directory => temporary.Path;

    public void Dispose() => temporary.Dispose();

    [Fact]
    public void Run_WithHistoryAndTemporalPaths_AppendsEveryCheckAndItsSteps()
    {
        var cmdlet = ShortRun();
        var sink = new RecordingSink<TrainingRunRecord>(allow: true);

        RunOperation(cmdlet, sink);

        TrainingRunRecord run = Assert.Single(sink.Records);
        Assert.Equal([cmdlet.HistoryPath!, cmdlet.TemporalPath!], sink.Questions.Select(question => question.Target));
        string[] checks = File.ReadAllLines(cmdlet.HistoryPath!);
        Assert.Equal(run.History.Count + 1, checks.Length);
        Assert.Equal(3, run.History.Count);
        string[][] steps = [.. File.ReadAllLines(cmdlet.TemporalPath!).Skip(1).Select(line => line.Split(','))];
        Assert.Equal(["0", "200", "400"], steps.Select(row => row[1]).Distinct());
        Assert.All(steps.GroupBy(row => row[0]), check => Assert.Equal(Enumerable.Range(0, check.Count()).Select(t => t.ToString(System.Globalization.CultureInfo.InvariantCulture)), check.Select(row => row[2])));
        Assert.All(steps.GroupBy(row => row[0]), check => Assert.InRange(check.Count(), 10, 11));
    }

    [Fact]
    public void Run_WhenShouldProcessDeclines_TrainsButWritesNoHistoryFiles()
    {
        var cmdlet = ShortRun();
        var sink = new RecordingSink<TrainingRunRecord>(allow: false);

        RunOperation(cmdlet, sink);

        Assert.Equal(3, Assert.Single(sink.Records).History.Count);
        Assert.Equal([cmdlet.HistoryPath!, cmdlet.TemporalPath!], sink.Questions.Select(question => question.Target));
        Assert.False(File.Exists(cmdlet.HistoryPath));
        Assert.False(File.Exists(cmdlet.TemporalPath));
    }

    /// <summary>Temporal order T=10, 401 iterations (checks at 0, 200 and 400), a small validation set, managed backend.</summary>
    private InvokeRnnTrainingCommand ShortRun() => IdentityPaths.With(new InvokeRnnTrainingCommand
    {
        Task = TaskName.TemporalOrder, Length = 10, Seed = 13, MaxIterations = 401, BatchSize = 20, ValidationSize = 100, Backend = BackendKind.Managed,
        HistoryPath = Path.Combine(directory, "checks.csv"), TemporalPath = Path.Combine(directory, "temporal.csv"),
    });

    private static void RunOperation(InvokeRnnTrainingCommand cmdlet, RecordingSink<TrainingRunRecord> sink) =>
        typeof(InvokeRnnTrainingCommand).GetMethod("Run", BindingFlags.Instance | BindingFlags.NonPublic)!
            .Invoke(cmdlet, [cmdlet.BuildOptions(), sink, CancellationToken.None]);

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

        Assert.Equal(options.Select(p => p.Name).Concat(HistoryFiles).Order(), parameters.Keys.Order());
        Assert.All(HistoryFiles, name => Assert.Equal(typeof(string), parameters[name].PropertyType));
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
