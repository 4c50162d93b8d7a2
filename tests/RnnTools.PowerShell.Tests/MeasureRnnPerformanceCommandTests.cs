using RnnTools.Core.Backends;
using RnnTools.Core.Operations.Performance;
using RnnTools.PowerShell.Commands;

namespace RnnTools.PowerShell.Tests;

public sealed class MeasureRnnPerformanceCommandTests
{
    [Fact]
    public void BuildOptions_Defaults_AreTheRecordDefaults()
    {
        PerformanceOptions options = new MeasureRnnPerformanceCommand().BuildOptions();
        var defaults = new PerformanceOptions();

        Assert.Equal(defaults.Workload.ToArray(), options.Workload.ToArray());
        Assert.Equal(defaults with { Workload = options.Workload }, options);
    }

    [Fact]
    public void BuildOptions_EveryParameter_ReachesTheRecord()
    {
        PerformanceOptions options = new MeasureRnnPerformanceCommand { Workload = ["music-300"], Backend = BackendKind.OpenBlas, Threads = 4, Seconds = 0.5 }.BuildOptions();

        Assert.Equal(["music-300"], options.Workload.ToArray());
        Assert.Equal((BackendKind.OpenBlas, (int?)4, 0.5), (options.Backend, options.Threads, options.Seconds));
    }
}
