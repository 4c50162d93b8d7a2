using System.Globalization;
using RnnTools.Cli.Tests.Support;
using RnnTools.Core.Csv;
using RnnTools.Core.Training;

namespace RnnTools.Cli.Tests;

public sealed class TrainCommandTests : IDisposable
{
    private static readonly string[] Quick =
        ["train", "--task", "TemporalOrder", "--length", "10", "--hidden-size", "20", "--learning-rate", "0.03", "--batch-size", "50", "--validation-size", "500", "--check-every", "50"];

    private readonly TemporaryDirectory temporary = new("train-cli");

    private string folder => temporary.Path;

    public void Dispose() => temporary.Dispose();

    [Fact]
    [Trait("Category", "Slow")]
    public void Train_HappyPath_WritesTheSummaryAndHistoryWithTheirHeadersAndPlainProgress()
    {
        CliProcess.Result result = Run([.. Quick, "--max-iterations", "1000", "--out", "run.csv", "--history", "checks.csv", "--temporal", "temporal.csv",
            "--checkpoint", "ckpt", "--require-success"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Matches(@"^train Seed=13: check 1/20 loss=\d\.\d{4} err=", result.ErrorLines[0]);
        Assert.StartsWith("train Seed=13: Solved at iteration ", result.ErrorLines[^1], StringComparison.Ordinal);
        string[] run = File.ReadAllLines(Path.Combine(folder, "run.csv"));
        Assert.Equal(ResultCsvWriter<TrainingRunRecord>.Header(new TrainingRunRecordMap()), run[0]);
        Assert.Equal(2, run.Length);
        Assert.Equal("Solved", Column(run, 1, "Status"));
        string[] checks = File.ReadAllLines(Path.Combine(folder, "checks.csv"));
        Assert.Equal(ResultCsvWriter<CheckRecord>.Header(new CheckRecordMap()), checks[0]);
        Assert.Equal(int.Parse(Column(run, 1, "Checks"), CultureInfo.InvariantCulture) + 1, checks.Length);
        Assert.Equal("Check,Iteration,Step,NormFull,NormWRec,NormWIn,NormBRec,NormWOut,NormBOut,Cos", File.ReadLines(Path.Combine(folder, "temporal.csv")).First());
        Assert.True(File.Exists(Path.Combine(folder, "ckpt", "checkpoint.json")));
        Assert.True(File.Exists(Path.Combine(folder, "ckpt", "best_model.json")));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Train_Out_AppendsOneRowPerRunUnderOneHeader()
    {
        Assert.Equal(0, Run([.. Quick, "--max-iterations", "10", "--out", "run.csv"]).ExitCode);
        Assert.Equal(0, Run([.. Quick, "--max-iterations", "10", "--out", "run.csv", "--seed", "14"]).ExitCode);

        string[] run = File.ReadAllLines(Path.Combine(folder, "run.csv"));
        Assert.Equal(3, run.Length);
        Assert.Equal(["13", "14"], [Column(run, 1, "Seed"), Column(run, 2, "Seed")]);
        Assert.Equal(["MaxIterations", "MaxIterations"], [Column(run, 1, "Status"), Column(run, 2, "Status")]);
    }

    [Fact]
    public void Train_WithoutOut_PrintsTheSummaryCsvOnStdout()
    {
        CliProcess.Result result = Run([.. Quick, "--max-iterations", "2", "--no-progress"]);

        Assert.Equal(0, result.ExitCode);
        string[] lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(ResultCsvWriter<TrainingRunRecord>.Header(new TrainingRunRecordMap()), lines[0]);
        Assert.Equal(2, lines.Length);
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Theory]
    [InlineData("--length", "-1")]
    [InlineData("--task", "Sorting")]
    [InlineData("--learning-rate", "zero")]
    [InlineData("--direction", "sideways")]
    public void Train_BadInput_ExitsWithTwoAndOneLine(string option, string value)
    {
        CliProcess.Result result = Run(With(Quick, option, value));

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.ErrorLines);
    }

    [Fact]
    public void Train_RequireSuccessWithoutSuccess_ExitsWithOne()
    {
        CliProcess.Result result = Run([.. Quick, "--max-iterations", "10", "--out", "run.csv", "--require-success"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("MaxIterations", Column(File.ReadAllLines(Path.Combine(folder, "run.csv")), 1, "Status"));
    }

    [Fact]
    public void Train_Diverged_ExitsWithOneAndWarns()
    {
        CliProcess.Result result = Run(["train", "--task", "Addition", "--length", "10", "--step-rule", "constant", "--learning-rate", "1e30", "--max-iterations", "50"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.ErrorLines, l => l.StartsWith("warning: ", StringComparison.Ordinal) && l.Contains("diverged", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Train_GermanCulture_GivesIdenticalResults()
    {
        Run([.. Quick, "--max-iterations", "120", "--history", "a.csv", "--out", "a-run.csv"]);
        Run([.. Quick, "--max-iterations", "120", "--history", "b.csv", "--out", "b-run.csv"], new Dictionary<string, string> { ["LC_ALL"] = "de_DE.UTF-8", ["LANG"] = "de_DE.UTF-8" });

        Assert.Equal(Untimed("a.csv"), Untimed("b.csv"));
        Assert.Equal(Untimed("a-run.csv"), Untimed("b-run.csv"));
        Assert.Equal("0.03", Column(File.ReadAllLines(Path.Combine(folder, "b-run.csv")), 1, "LearningRate"));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Train_Resume_TruncatesTheHistoryToTheCheckpointAndContinuesLikeAStraightRun()
    {
        string[] options = With(With(Quick, "--check-every", "10"), "--learning-rate", "0.003");
        Run([.. options, "--max-iterations", "150", "--history", "straight.csv"]);
        Run([.. options, "--max-iterations", "100", "--history", "checks.csv", "--checkpoint", "ckpt"]);
        File.AppendAllText(Path.Combine(folder, "checks.csv"), "a row written after the checkpoint\npartial");

        CliProcess.Result resumed = Run([.. options, "--max-iterations", "150", "--history", "checks.csv", "--checkpoint", "ckpt", "--resume", "--out", "run.csv"]);

        Assert.Equal(0, resumed.ExitCode);
        Assert.Equal(Untimed("straight.csv", "MaxIterations"), Untimed("checks.csv", "MaxIterations"));
        Assert.Equal("150", Column(File.ReadAllLines(Path.Combine(folder, "run.csv")), 1, "Iterations"));
    }

    /// <summary>The arguments with <paramref name="option"/> set to <paramref name="value"/> (replaced when present).</summary>
    private static string[] With(string[] args, string option, string value)
    {
        int at = Array.IndexOf(args, option);
        return at < 0 ? [.. args, option, value] : [.. args[..(at + 1)], value, .. args[(at + 2)..]];
    }

    private CliProcess.Result Run(string[] args, IReadOnlyDictionary<string, string>? environment = null) =>
        CliProcess.Run(args, environment, folder);

    /// <summary>A CSV's rows without the timing and provenance-time columns (and any columns named in <paramref name="ignored"/>).</summary>
    private string[][] Untimed(string file, params string[] ignored)
    {
        string[][] rows = [.. File.ReadAllLines(Path.Combine(folder, file)).Select(line => line.Split(','))];
        string[] timing = ["ElapsedSeconds", "BlockSeconds", "EvalSeconds", "MsPerIteration", "Timestamp", .. ignored];
        int[] keep = [.. Enumerable.Range(0, rows[0].Length).Where(i => !timing.Contains(rows[0][i]))];
        return [.. rows.Select(row => keep.Select(i => row[i]).ToArray())];
    }

    private static string Column(string[] lines, int row, string name) =>
        lines[row].Split(',')[Array.IndexOf(lines[0].Split(','), name)];
}
