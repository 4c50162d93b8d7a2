using System.Diagnostics;
using RnnTools.Cli.Tests.Support;

namespace RnnTools.Cli.Tests;

public sealed class ExperimentCommandTests : IDisposable
{
    private readonly TemporaryDirectory temporary = new("experiment-cli");

    private string folder => temporary.Path;

    public void Dispose() => temporary.Dispose();

    private CliProcess.Result Run(params string[] args) => CliProcess.Run(args, workingDirectory: folder, timeout: TimeSpan.FromMinutes(3));

    [Fact]
    public void List_PrintsEveryExperimentWithItsRunCounts()
    {
        CliProcess.Result result = Run("experiment", "list", "--format", "csv");
        Assert.Equal(0, result.ExitCode);
        string[] lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Id,Version,FullRuns,QuickRuns,AlsoWrites,Title", lines[0]);
        Assert.Contains(lines, line => line.StartsWith("galvan-fig4-1,1,36,6,,", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("galvan-tab4-1,1,9,2,galvan-fig4-2,", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Run_TrainsTheGridInParallelThenSkipsFinishedRuns()
    {
        CliProcess.Result first = Run("experiment", "run", "smoke", "--parallel", "2", "--format", "csv", "--no-progress");
        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Equal(2, first.Stdout.Split('\n').Count(line => line.Contains(",Finished,", StringComparison.Ordinal)));
        Assert.Equal(3, File.ReadAllLines(Path.Combine(folder, "results", "smoke", "runs.csv")).Length);

        CliProcess.Result second = Run("experiment", "run", "smoke", "--format", "csv", "--no-progress");
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(2, second.Stdout.Split('\n').Count(line => line.Contains(",Skipped,", StringComparison.Ordinal)));
        Assert.Equal(3, File.ReadAllLines(Path.Combine(folder, "results", "smoke", "runs.csv")).Length);
        Assert.StartsWith("Series,Length,Planned,Runs,Successes", File.ReadLines(Path.Combine(folder, "results", "smoke.csv")).First(), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Slurm_WritesWellFormedScriptsWhoseArrayBodyRunsLocallyAndMerges()
    {
        CliProcess.Result written = Run("experiment", "slurm", "smoke", "--format", "csv");
        Assert.True(written.ExitCode == 0, written.Stderr);
        string slurm = Path.Combine(folder, "results", "smoke", "slurm");
        string[] scripts = [Path.Combine(slurm, "smoke.array.sbatch"), Path.Combine(slurm, "smoke.merge.sbatch"), Path.Combine(slurm, "submit.sh")];
        foreach (string script in scripts)
        {
            Assert.Contains(script, written.Stdout, StringComparison.Ordinal);
            Assert.Equal(0, Bash(["-n", script], new Dictionary<string, string>()).ExitCode);
        }

        string array = File.ReadAllText(scripts[0]);
        Assert.Contains("#SBATCH --array=0-1\n", array, StringComparison.Ordinal);
        Assert.Contains("#SBATCH --cpus-per-task=1\n", array, StringComparison.Ordinal);

        var environment = new Dictionary<string, string>
        {
            ["RNNTOOLS"] = "dotnet " + Path.Combine(AppContext.BaseDirectory, "rnntools.dll"),
            ["RNNTOOLS_BACKEND"] = "managed",
            ["SLURM_ARRAY_TASK_ID"] = "0",
        };
        (int arrayExit, string arrayError) = Bash([scripts[0]], environment);
        Assert.True(arrayExit == 0, arrayError);
        string[] part = File.ReadAllLines(Path.Combine(folder, "results", "smoke", "parts", "runs.0.csv"));
        Assert.Equal(2, part.Length);
        Assert.Contains("smoke:T10:s13", part[1], StringComparison.Ordinal);

        (int mergeExit, string mergeError) = Bash([scripts[1]], environment);
        Assert.True(mergeExit == 0, mergeError);
        Assert.False(File.Exists(Path.Combine(folder, "results", "smoke", "parts", "runs.0.csv")));
        Assert.Equal(part, File.ReadAllLines(Path.Combine(folder, "results", "smoke", "runs.csv")));
        Assert.True(File.Exists(Path.Combine(folder, "results", "smoke.csv")));
    }

    [Fact]
    public void Slurm_RefusesAMeasurementWithoutRuns()
    {
        CliProcess.Result result = Run("experiment", "slurm", "galvan-fig3-1");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("galvan-fig3-1 has no runs", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_ListsEveryRunWithItsIndex()
    {
        CliProcess.Result result = Run("experiment", "status", "galvan-fig4-1", "--profile", "quick", "--format", "csv");
        Assert.Equal(0, result.ExitCode);
        string[] lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Experiment,Profile,Index,RunKey,Series,State,Status,Iterations,MaxIterations", lines[0]);
        Assert.Equal(7, lines.Length);
        Assert.Equal("galvan-fig4-1,Quick,0,galvan-fig4-1:rho-gt-1_T10:s13,SGD-C rho>1,Remaining,,,500000", lines[1]);
    }

    private (int ExitCode, string Stderr) Bash(IEnumerable<string> args, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false, WorkingDirectory = folder };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach ((string key, string value) in environment)
        {
            start.Environment[key] = value;
        }

        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        string stderr = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)));
        _ = stdout.Result;
        return (process.ExitCode, stderr);
    }
}
