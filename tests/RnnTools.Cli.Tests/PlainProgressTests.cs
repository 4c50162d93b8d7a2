using RnnTools.Cli.Infrastructure;
using RnnTools.Core.Operations;

namespace RnnTools.Cli.Tests;

public sealed class PlainProgressTests
{
    [Fact]
    public void Report_AtMostOneLinePerFiveSeconds_PlusEveryMilestone()
    {
        var clock = new FakeClock();
        using var error = new StringWriter();
        var progress = new PlainProgress(error, clock);

        progress.Report(new ProgressUpdate("train", "iteration 1", 1, 10, null));
        progress.Report(new ProgressUpdate("train", "iteration 2", 2, 10, null));
        progress.Report(new ProgressUpdate("train", "check 1/5", 3, 10, null, Milestone: true));
        clock.Advance(TimeSpan.FromSeconds(5));
        progress.Report(new ProgressUpdate("train", "iteration 4", 4, 10, null));
        progress.Report(new ProgressUpdate("train", "done", 10, 10, null, Completed: true));

        Assert.Equal(["train: iteration 1", "train: check 1/5", "train: iteration 4", "train: done"], error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')));
    }

    [Fact]
    public void ConsoleSink_WithoutProgress_WritesNoProgressLines()
    {
        using var error = new StringWriter();
        var sink = new ConsoleSink<int>(_ => { }, error, verbose: false, progress: null);

        sink.Report(new ProgressUpdate("bench", "warming up", 0, 1, null, Milestone: true));
        sink.Verbose("hidden");
        sink.Warning("shown");

        Assert.Equal("warning: shown", error.ToString().Trim());
    }
}
