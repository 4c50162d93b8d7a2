using RnnTools.Cli.Tests.Support;

namespace RnnTools.Cli.Tests;

public sealed class BackendCommandTests
{
    [Fact]
    public void Backend_Csv_ListsTheFourBackendsWithTheDocumentedHeader()
    {
        CliProcess.Result result = CliProcess.Run("backend", "--format", "csv");
        Assert.Equal(0, result.ExitCode);
        string[] lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Backend,Available,Description,Reason", lines[0]);
        Assert.Equal(["mkl", "openblas", "managed", "cuda"], lines[1..].Select(l => l.Split(',')[0]));
        Assert.StartsWith("managed,true,", lines[3]);
        Assert.All(lines[1..], line => Assert.Matches("^[a-z]+,(true|false),", line));
    }

    [Theory]
    [InlineData("vendor", "dispatch=vendor")]
    [InlineData("features", "dispatch=")]
    public void Backend_MklDispatch_IsReadFromTheEnvironmentAndDescribed(string value, string expected)
    {
        CliProcess.Result result = CliProcess.Run(["backend", "--format", "csv"], new Dictionary<string, string> { ["RNNTOOLS_MKL_DISPATCH"] = value });
        Assert.Equal(0, result.ExitCode);
        string mkl = result.Stdout.Split('\n').Single(line => line.StartsWith("mkl,", StringComparison.Ordinal));
        if (mkl.StartsWith("mkl,true,", StringComparison.Ordinal))
        {
            Assert.Contains(expected, mkl);
        }
    }

    [Fact]
    public void Backend_BadMklDispatch_IsAnErrorNamingTheVariable()
    {
        CliProcess.Result result = CliProcess.Run(["backend"], new Dictionary<string, string> { ["RNNTOOLS_MKL_DISPATCH"] = "fastest" });
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("RNNTOOLS_MKL_DISPATCH", result.Stderr);
    }

    [Fact]
    public void Backend_DefaultFormat_IsATable()
    {
        CliProcess.Result result = CliProcess.Run("backend");
        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^Backend\s+Available\s+Description\s+Reason", result.Stdout);
    }

    [Fact]
    public void Backend_UnsupportedFormat_IsBadInputWithOneLine()
    {
        CliProcess.Result result = CliProcess.Run("backend", "--format", "text");
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.Contains("--format", result.Stderr);
    }

    [Fact]
    public void UnknownSubcommand_IsBadInput()
    {
        CliProcess.Result result = CliProcess.Run("frobnicate");
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.ErrorLines);
    }

    [Fact]
    public void Help_ExitsZeroAndListsBackend()
    {
        CliProcess.Result result = CliProcess.Run("--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("backend", result.Stdout);
    }

    [Fact]
    public void Version_PrintsTheInformationalVersion()
    {
        CliProcess.Result result = CliProcess.Run("--version");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("0.1.0", result.Stdout.Trim());
    }
}
