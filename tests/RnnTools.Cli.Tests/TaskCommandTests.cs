using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using RnnTools.Cli.Commands;
using RnnTools.Cli.Tests.Support;
using RnnTools.Core.Operations.Tasks;
using RnnTools.Core.Tasks;

namespace RnnTools.Cli.Tests;

public sealed class TaskCommandTests
{
    [Fact]
    public void Sample_DefaultsToBatchJsonEqualToTheCoreGenerator()
    {
        CliProcess.Result result = CliProcess.Run("task", "sample", "--task", "TemporalOrder", "--length", "20", "--batch-size", "2", "--seed", "13");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        (Batch batch, BatchIdentity identity) = BatchFile.Parse(result.Stdout, "stdout");
        Assert.Equal(new BatchIdentity("TemporalOrder", "galvan", "plain", 20, 13), identity);
        Batch expected = SequenceTaskFactory.Create(new TaskOptions { Task = TaskName.TemporalOrder, Length = 20, Seed = 13 }).NextBatch(2);
        Assert.Equal(expected.Inputs, batch.Inputs);
        Assert.Equal(expected.Targets, batch.Targets);
        Assert.Equal(expected.Mask, batch.Mask);
        Assert.Equal(expected.Lengths, batch.Lengths);
    }

    [Fact]
    public void Sample_PascanuVariant_IsTheOriginalGenerate()
    {
        CliProcess.Result result = CliProcess.Run("task", "sample", "--task", "Addition", "--variant", "pascanu", "--seed", "52", "--length", "50", "--batch-size", "3");
        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        JsonElement last = json.RootElement.GetProperty("targets")[53];
        Assert.Equal([0.358388, 0.848944, 0.502758], Enumerable.Range(0, 3).Select(b => Math.Round(last[b][0].GetDouble(), 6)));
    }

    [Fact]
    public void Sample_TextFormat_PrintsTheHeaderAndOneLinePerStep()
    {
        CliProcess.Result result = CliProcess.Run("task", "sample", "--task", "Xor", "--length", "10", "--batch-size", "1", "--format", "text");
        Assert.Equal(0, result.ExitCode);
        string[] lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("# task=Xor variant=galvan mode=- min_length=10 seed=13", lines[0]);
        Assert.Equal("# T=10 B=1 n_in=2 n_out=1", lines[1]);
        Assert.Equal("sequence 0 (length 10)", lines[2]);
        Assert.Equal(14, lines.Length);
        Assert.Matches(@"^9 \| [01] [01] \| -?1 \| 1$", lines[^1]);
    }

    [Fact]
    public void Sample_Out_WritesTheFile_AndNoClobberRefusesToReplaceIt()
    {
        using var directory = new TemporaryDirectory("sample");
        string path = Path.Combine(directory.Path, "b.json");
        CliProcess.Result first = CliProcess.Run("task", "sample", "--task", "Addition", "--length", "10", "--batch-size", "2", "--out", path);
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(string.Empty, first.Stdout);
        (Batch batch, _) = BatchFile.Read(path);
        Assert.Equal(2, batch.BatchSize);
        string before = File.ReadAllText(path);
        CliProcess.Result second = CliProcess.Run("task", "sample", "--task", "Addition", "--seed", "1", "--out", path, "--no-clobber");
        Assert.Equal(2, second.ExitCode);
        Assert.Contains("no-clobber", Assert.Single(second.ErrorLines));
        Assert.Equal(before, File.ReadAllText(path));
    }

    [Theory]
    [InlineData("Variant: TemporalOrder3 does not define the galvan variant", "--task", "TemporalOrder3")]
    [InlineData("--task", "--task", "Frobnicate")]
    [InlineData("--task", "--task", "3")]
    [InlineData("--variant", "--task", "Addition", "--variant", "lstm")]
    [InlineData("Length: -5 is outside", "--task", "Addition", "--length", "-5")]
    [InlineData("InnerTask: PreTrain needs", "--task", "PreTrain")]
    [InlineData("Dataset: Music needs a dataset file", "--task", "Music")]
    [InlineData("--error-threshold", "--task", "Addition", "--error-threshold", "0,04")]
    [InlineData("rnntools-no-such-dataset.json", "--task", "Music", "--dataset", "rnntools-no-such-dataset.json")]
    [InlineData("--task", "--length", "20")]
    public void Sample_BadInput_IsExitCode2WithOneLine(string expected, params string[] options)
    {
        CliProcess.Result result = CliProcess.Run(["task", "sample", .. options]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, Assert.Single(result.ErrorLines));
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Fact]
    public void Sample_MusicDataset_SamplesTheFirstTrainingBatch()
    {
        using var directory = new TemporaryDirectory("music");
        string path = Path.Combine(directory.Path, "d.json");
        File.WriteAllText(path, "{\"train\":[[[60],[62,64],[],[65]],[[40],[41],[42]]],\"valid\":[[[60],[61]]],\"test\":[[[60],[61]]]}");
        CliProcess.Result result = CliProcess.Run("task", "sample", "--task", "Music", "--dataset", path, "--batch-size", "3", "--seed", "4");
        Assert.Equal(0, result.ExitCode);
        (Batch batch, BatchIdentity identity) = BatchFile.Parse(result.Stdout, "stdout");
        Assert.Equal(new BatchIdentity("Music", "galvan", "split", null, 4), identity);
        Assert.Equal((2, 88, 3), (batch.Length, batch.InputSize, batch.BatchSize));
    }

    [Fact]
    public void Sample_UnderGermanCulture_PrintsTheSameBatch()
    {
        string[] args = ["task", "sample", "--task", "Multiplication", "--variant", "pascanu", "--length", "12", "--batch-size", "2", "--error-threshold", "0.04", "--error-kind", "abs"];
        CliProcess.Result invariant = CliProcess.Run(args);
        CliProcess.Result german = CliProcess.Run(args, new Dictionary<string, string> { ["LC_ALL"] = "de_DE.UTF-8", ["LANG"] = "de_DE.UTF-8" });
        Assert.Equal(0, german.ExitCode);
        Assert.Equal(invariant.Stdout, german.Stdout);
        Assert.Contains("0.", invariant.Stdout);
    }

    [Fact]
    public void List_Csv_HasTheClassMapHeaderAndARowPerVariant()
    {
        CliProcess.Result result = CliProcess.Run("task", "list", "--format", "csv");
        Assert.Equal(0, result.ExitCode);
        string[] lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Task,Variant,Mode,InputSize,OutputSize,OutputFunction,LossKind,MinimumLength,ErrorRule,SuccessRule", lines[0]);
        Assert.Equal(20, lines.Length - 1);
        Assert.Contains("TemporalOrder,Galvan,Mixed,6,4,Softmax,CrossEntropy,10,", result.Stdout);
        Assert.Contains("TemporalOrder3,Pascanu,,6,8,Softmax,CrossEntropy,10,", result.Stdout);
    }

    [Fact]
    public void List_DefaultIsATable_AndTaskFilters()
    {
        CliProcess.Result result = CliProcess.Run("task", "list", "--task", "NoiselessMemorization");
        Assert.Equal(0, result.ExitCode);
        string[] lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^Task\s+Variant\s+Mode\s+InputSize", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("NoiselessMemorization  Pascanu", lines[2]);
    }

    [Fact]
    public void SampleParser_BuildsTheTaskOptionsRecord_Invariantly()
    {
        CultureInfo previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            ParseResult parse = CliApplication.BuildRoot().Parse(
            [
                "task", "sample", "--task", "preTrain", "--inner-task", "addition", "--variant", "Pascanu", "--length", "30", "--max-length", "40",
                "--batch-size", "7", "--seed", "5", "--n-values", "3", "--n-pos", "4", "--error-threshold", "0.25", "--error-kind", "SQUARED", "--strict",
                "--split-mode", "full", "--crop-length", "50",
            ]);
            Assert.Empty(parse.Errors);
            Assert.Equal(new TaskOptions
            {
                Task = TaskName.PreTrain, InnerTask = TaskName.Addition, Variant = TaskVariant.Pascanu, Length = 30, MaxLength = 40, BatchSize = 7, Seed = 5,
                NValues = 3, NPos = 4, ErrorThreshold = 0.25, ErrorKind = SequenceErrorKind.Squared, Strict = true, SplitMode = SplitMode.Full, CropLength = 50,
            }, TaskSampleCommand.BuildOptions(parse));
            Assert.Equal(new TaskOptions { Task = TaskName.Xor }, TaskSampleCommand.BuildOptions(CliApplication.BuildRoot().Parse(["task", "sample", "--task", "xor"])));
            Assert.Equal(new TaskListOptions { Task = TaskName.Music }, TaskListCommand.BuildOptions(CliApplication.BuildRoot().Parse(["task", "list", "--task", "music"])));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
