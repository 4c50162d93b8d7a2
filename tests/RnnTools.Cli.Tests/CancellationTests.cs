using System.Diagnostics;
using RnnTools.Cli.Tests.Support;

namespace RnnTools.Cli.Tests;

/// <summary>SIGTERM (like Ctrl+C) cancels a running command: one line on stderr and exit code 130.</summary>
public sealed class CancellationTests
{
    [Fact]
    [Trait("Category", "Slow")]
    public async Task Bench_Terminated_ExitsWith130AndOneLine()
    {
        using Process process = Process.Start(CliProcess.StartInfo(["bench", "--workload", "music-300", "--seconds", "60"]))!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        string? first = await process.StandardError.ReadLineAsync();
        Assert.Equal("bench music-300: warming up", first);

        using (Process kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
            Assert.Equal(0, kill.ExitCode);
        }

        string rest = await process.StandardError.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(130, process.ExitCode);
        Assert.Equal("rnntools: cancelled", rest.Trim());
        Assert.Equal(string.Empty, await stdout);
    }
}
