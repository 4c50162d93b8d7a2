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
