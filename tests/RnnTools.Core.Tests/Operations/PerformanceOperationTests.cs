using RnnTools.Core.Backends;
using RnnTools.Core.Errors;
using RnnTools.Core.Operations;
using RnnTools.Core.Operations.Performance;

namespace RnnTools.Core.Tests.Operations;

public sealed class PerformanceOperationTests
{
    [Fact]
    public void Run_ShortMeasurement_EmitsARecordPerWorkload()
    {
        var sink = new RecordingSink<PerformanceRecord>();

        new PerformanceOperation().Run(new PerformanceOptions { Workload = ["addition-100"], Backend = BackendKind.Managed, Seconds = 0.01 }, sink,
            CancellationToken.None);

        PerformanceRecord record = Assert.Single(sink.Records);
        Assert.Equal(("addition-100", "managed", 1), (record.Workload, record.Backend, record.Threads));
        Assert.True(record.Iterations >= 1 && record.MsPerIteration > 0 && record.Gflops > 0);
        Assert.Equal((new ManagedBackend().Describe(), ToolInfo.Version, ToolInfo.GitCommit), (record.BackendDescription, record.ToolVersion, record.GitCommit));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", record.Timestamp);
        Assert.Contains(sink.ProgressReports, report => report.Completed);
    }

    [Theory]
    [InlineData("frobnicate", 1.0, "Workload")]
    [InlineData("music-300", 0.0, "Seconds")]
    public void Validate_NamesTheBadOption(string workload, double seconds, string parameter)
    {
        var error = Assert.Throws<RnnToolsException>(() => new PerformanceOptions { Workload = [workload], Seconds = seconds }.Validate());

        Assert.StartsWith(parameter + ":", error.Message);
    }

    [Fact]
    public void Workloads_HaveTheDocumentedShapes()
    {
        Assert.Equal(["temporal-order-100", "addition-100", "temporal-order-200", "music-300"], PerformanceWorkload.Standard.Select(w => w.Name));
        PerformanceWorkload music = PerformanceWorkload.Find("MUSIC-300");
        Assert.Equal((88, 300, 88, 300, 20, true), (music.Shape.InputSize, music.Shape.HiddenSize, music.Shape.OutputSize, music.Length, music.BatchSize, music.EveryStep));
    }

    [Fact]
    public void TrainingIteration_DecreasesTheLossOnItsFixedBatch()
    {
        var iteration = new TrainingIteration(new ManagedBackend(), PerformanceWorkload.Find("addition-100"));

        double first = iteration.Run();
        double later = first;
        for (int i = 0; i < 20; i++)
        {
            later = iteration.Run();
        }

        Assert.True(later < first, $"{later} should be below {first}");
    }
}
