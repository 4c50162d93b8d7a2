using System.Globalization;
using System.Text.RegularExpressions;
using RnnTools.Cli.Commands;
using RnnTools.Cli.Tests.Support;
using RnnTools.Core.Backends;
using RnnTools.Core.Model;
using RnnTools.Core.Operations;
using RnnTools.Core.Operations.Datasets;
using RnnTools.Core.Operations.Models;

namespace RnnTools.Cli.Tests;

public sealed class DatasetCommandTests : IDisposable
{
    private readonly TemporaryDirectory temporary = new("dataset");

    private string directory => temporary.Path;

    public void Dispose() => temporary.Dispose();

    private string TinyDataset()
    {
        string path = Path.Combine(directory, "d.json");
        File.WriteAllText(path, "{\"train\":[[[60],[62,64],[],[65]],[[40],[41],[42]]],\"valid\":[[[60],[61]]],\"test\":[[[21],[108]]]}");
        return path;
    }

    [Fact]
    public void Info_Csv_ReportsEachSplitWithTheClassMapHeader()
    {
        string path = TinyDataset();
        CliProcess.Result result = CliProcess.Run("dataset", "info", "--path", path, "--format", "csv");
        Assert.Equal(0, result.ExitCode);
        string[] lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Path,Split,Sequences,Steps,PredictedSteps,ShortestSequence,MeanSequenceLength,LongestSequence,LowestNote,HighestNote,"
            + "MeanNotesPerStep,MaxNotesPerStep,EmptySteps,CroppedSequences,BaselineNll,BaselineNllAllSteps,BaselineNllSequenceMean,ModelNll,ModelNllSequenceMean,Backend,"
            + "BackendDescription,ToolVersion,GitCommit,Timestamp", lines[0]);
        Assert.StartsWith($"{path},train,2,7,5,3,3.5,4,40,65,1,2,1,0,", lines[1]);
        Assert.StartsWith($"{path},valid,1,2,1,2,2,2,60,61,1,1,0,0,", lines[2]);
        Assert.StartsWith($"{path},test,1,2,1,2,2,2,21,108,1,1,0,0,", lines[3]);
        Assert.All(lines[1..], line => Assert.Matches(@",,,,," + Regex.Escape(ToolInfo.Version) + @",[0-9a-f]*,\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", line));
    }

    [Fact]
    public void Info_DefaultIsATable()
    {
        CliProcess.Result result = CliProcess.Run("dataset", "info", "--path", TinyDataset());
        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^Path\s+Split\s+Sequences\s+Steps", result.Stdout);
    }

    [Theory]
    [InlineData("{\"train\":[[[60],[61]]],\"valid\":[[[60],[61]]]}", "key 'test' is missing")]
    [InlineData("{\"train\":[[[60],[61]]],\"valid\":[[[60],[61]]],\"test\":[[[60],[9]]]}", "split 'test' sequence 0 step 1: note 9 is outside 21..108")]
    [InlineData("\u0080\u0002cos\nsystem\n.", "refused")]
    public void Info_BadFile_IsExitCode2WithOneLineNamingTheFile(string content, string expected)
    {
        string path = Path.Combine(directory, "bad.pkl");
        File.WriteAllBytes(path, System.Text.Encoding.Latin1.GetBytes(content));
        CliProcess.Result result = CliProcess.Run("dataset", "info", "--path", path);
        Assert.Equal(2, result.ExitCode);
        string line = Assert.Single(result.ErrorLines);
        Assert.Contains(path, line);
        Assert.Contains(expected, line);
    }

    [Fact]
    public void Info_MissingPathOption_IsExitCode2()
    {
        CliProcess.Result result = CliProcess.Run("dataset", "info");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--path", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void Info_WithAModel_AddsItsNllOnEverySplit()
    {
        string model = Path.Combine(directory, "zero.json");
        StoredModel zero = NewModelOperation.Create(new NewModelOptions { InputSize = 88, HiddenSize = 3, OutputSize = 88, OutputFunction = OutputFunction.Logistic });
        zero.Model.Parameters.AsSpan().Clear();
        ModelFile.Write(model, zero);
        CliProcess.Result result = CliProcess.Run("dataset", "info", "--path", TinyDataset(), "--model", model, "--backend", "managed", "--format", "csv");
        Assert.Equal(0, result.ExitCode);
        Assert.All(result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1..], line =>
        {
            string[] fields = line.Split(',');
            Assert.Equal(88 * Math.Log(2), double.Parse(fields[17], CultureInfo.InvariantCulture), 1e-12);
            Assert.Equal(88 * Math.Log(2), double.Parse(fields[18], CultureInfo.InvariantCulture), 1e-12);
            Assert.Equal("managed", fields[19]);
        });
    }

    [Fact]
    public void Info_ModelThatIsNotAMusicModel_IsExitCode2NamingTheModelFile()
    {
        string model = Path.Combine(directory, "small.json");
        ModelFile.Write(model, NewModelOperation.Create(new NewModelOptions { InputSize = 2, OutputSize = 1 }));
        CliProcess.Result result = CliProcess.Run("dataset", "info", "--path", TinyDataset(), "--model", model);
        Assert.Equal(2, result.ExitCode);
        string line = Assert.Single(result.ErrorLines);
        Assert.Contains(model, line);
        Assert.Contains("a music model has 88 inputs and 88 logistic outputs", line);
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public void InfoParser_BuildsTheOptionsRecord()
    {
        Assert.Equal(new DatasetInfoOptions { Path = "x.pkl" }, DatasetInfoCommand.BuildOptions(CliApplication.BuildRoot().Parse(["dataset", "info", "--path", "x.pkl"])));
        Assert.Equal(new DatasetInfoOptions { Path = "x.pkl", ModelPath = "m.json", Backend = BackendKind.Managed, Threads = 2 },
            DatasetInfoCommand.BuildOptions(CliApplication.BuildRoot().Parse(["dataset", "info", "--path", "x.pkl", "--model", "m.json", "--backend", "managed", "--threads", "2"])));
    }
}
