using RnnTools.Cli.Commands;
using RnnTools.Cli.Tests.Support;
using RnnTools.Core.Operations.Datasets;

namespace RnnTools.Cli.Tests;

public sealed class DatasetCommandTests
{
    private static string TinyDataset()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("rnntools-dataset").FullName, "d.json");
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
            + "MeanNotesPerStep,MaxNotesPerStep,EmptySteps,CroppedSequences,BaselineNll,BaselineNllAllSteps,BaselineNllSequenceMean", lines[0]);
        Assert.StartsWith($"{path},train,2,7,5,3,3.5,4,40,65,1,2,1,0,", lines[1]);
        Assert.StartsWith($"{path},valid,1,2,1,2,2,2,60,61,1,1,0,0,", lines[2]);
        Assert.StartsWith($"{path},test,1,2,1,2,2,2,21,108,1,1,0,0,", lines[3]);
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
        string path = Path.Combine(Directory.CreateTempSubdirectory("rnntools-bad").FullName, "bad.pkl");
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
    public void InfoParser_BuildsTheOptionsRecord()
    {
        Assert.Equal(new DatasetInfoOptions { Path = "x.pkl" }, DatasetInfoCommand.BuildOptions(CliApplication.BuildRoot().Parse(["dataset", "info", "--path", "x.pkl"])));
    }
}
