using RnnTools.Cli.Tests.Support;

namespace RnnTools.Cli.Tests;

/// <summary>What every subcommand does alike: help, listings to --out with --no-clobber, one-line errors and invariant numbers.</summary>
public sealed class CommonBehaviourTests : IDisposable
{
    private readonly TemporaryDirectory temporary = new("common");

    private string directory => temporary.Path;

    public void Dispose() => temporary.Dispose();

    [Theory]
    [InlineData("backend")]
    [InlineData("task list")]
    [InlineData("task sample")]
    [InlineData("dataset info")]
    [InlineData("model new")]
    [InlineData("model info")]
    [InlineData("measure-gradient")]
    [InlineData("gradcheck")]
    [InlineData("spectrum")]
    [InlineData("bench")]
    public void Help_EverySubcommand_ExitsZeroWithItsOptions(string subcommand)
    {
        CliProcess.Result result = CliProcess.Run([.. subcommand.Split(' '), "--help"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Stdout);
        Assert.Contains("--verbose", result.Stdout);
    }

    [Fact]
    public void Listing_Out_WritesTheFormatToTheFile_AndNoClobberRefusesBeforeWorking()
    {
        string path = Path.Combine(directory, "tasks.csv");

        CliProcess.Result first = CliProcess.Run("task", "list", "--task", "Xor", "--format", "csv", "--out", path);
        CliProcess.Result second = CliProcess.Run("bench", "--seconds", "60", "--out", path, "--no-clobber");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(string.Empty, first.Stdout);
        Assert.StartsWith("Task,Variant,Mode,InputSize,OutputSize,OutputFunction,LossKind,MinimumLength,ErrorRule,SuccessRule\nXor,Galvan,", File.ReadAllText(path));
        Assert.Equal(2, second.ExitCode);
        Assert.Contains("no-clobber", Assert.Single(second.ErrorLines));
    }

    [Fact]
    public void Listing_Json_WritesEnumNames()
    {
        CliProcess.Result result = CliProcess.Run("task", "list", "--task", "TemporalOrder3", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"Task\": \"TemporalOrder3\"", result.Stdout);
        Assert.Contains("\"LossKind\": \"CrossEntropy\"", result.Stdout);
    }

    [Fact]
    public void Numbers_UnderAGermanCulture_ParseInvariantly()
    {
        var german = new Dictionary<string, string> { ["LC_ALL"] = "de_DE.UTF-8", ["LANG"] = "de_DE.UTF-8" };

        CliProcess.Result result = CliProcess.Run(["gradcheck", "--tolerance", "0.8", "--format", "csv"], german);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("0.8", result.Stdout.Split('\n')[1].Split(',')[4]);
    }

    [Theory]
    [InlineData("spectrum", "--model", "{missing}")]
    [InlineData("model info", "--model", "{missing}")]
    [InlineData("gradcheck", "--batch-file", "{missing}")]
    [InlineData("spectrum", "--model", "{garbage}")]
    public void UnreadableFile_IsExitCode2WithOneLineNamingIt(string subcommand, string option, string file)
    {
        string garbage = Path.Combine(directory, "garbage.json");
        File.WriteAllText(garbage, "not json");
        string path = file == "{missing}" ? Path.Combine(directory, "missing.json") : garbage;

        CliProcess.Result result = CliProcess.Run([.. subcommand.Split(' '), option, path]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(path, Assert.Single(result.ErrorLines));
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Fact]
    public void UnavailableBackend_IsExitCode2WithOneLine()
    {
        var broken = new Dictionary<string, string> { ["RNNTOOLS_MKL_PATH"] = Path.Combine(directory, "no-libmkl_rt.so") };

        CliProcess.Result result = CliProcess.Run(["gradcheck", "--backend", "mkl"], broken);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("mkl", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void ModelNew_ReadOnlyOut_IsRefusedWithOneLine()
    {
        string path = Path.Combine(directory, "readonly.json");
        File.WriteAllText(path, "keep");
        File.SetAttributes(path, FileAttributes.ReadOnly);

        CliProcess.Result result = CliProcess.Run("model", "new", "--input-size", "2", "--output-size", "1", "--out", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("read-only", Assert.Single(result.ErrorLines));
        Assert.Equal("keep", File.ReadAllText(path));
    }

    [Fact]
    public void Progress_WhenRedirected_IsPlainLinesOnStderr()
    {
        CliProcess.Result result = CliProcess.Run("bench", "--workload", "addition-100", "--seconds", "0.01", "--format", "csv");
        CliProcess.Result silent = CliProcess.Run("bench", "--workload", "addition-100", "--seconds", "0.01", "--no-progress");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, result.ErrorLines.Length);
        Assert.Equal("bench addition-100: warming up", result.ErrorLines[0]);
        Assert.Matches(@"^bench addition-100: [0-9.]+ ms per iteration$", result.ErrorLines[1]);
        Assert.DoesNotContain("\u001b[", result.Stderr);
        Assert.Equal(string.Empty, silent.Stderr);
    }
}
