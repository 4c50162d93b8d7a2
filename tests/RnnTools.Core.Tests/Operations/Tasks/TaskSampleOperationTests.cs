using RnnTools.Core.Errors;
using RnnTools.Core.Operations;
using RnnTools.Core.Operations.Tasks;
using RnnTools.Core.Tasks;
using RnnTools.Core.Tests.Support;

namespace RnnTools.Core.Tests.Operations.Tasks;

public sealed class TaskSampleOperationTests
{
    private static TaskSample Sample(TaskOptions options)
    {
        var sink = new RecordingSink<TaskSample>();
        new TaskSampleOperation().Run(options, sink, CancellationToken.None);
        return Assert.Single(sink.Records);
    }

    [Fact]
    public void Run_EmitsTheFirstBatchOfAFreshTaskWithItsIdentity()
    {
        var options = new TaskOptions { Task = TaskName.TemporalOrder, Length = 20, BatchSize = 2 };
        TaskSample sample = Sample(options);
        Batch expected = SequenceTaskFactory.Create(options).NextBatch(2);
        Assert.Equal(expected.Inputs, sample.Batch.Inputs);
        Assert.Equal(expected.Targets, sample.Batch.Targets);
        Assert.Equal(new BatchIdentity("TemporalOrder", "galvan", "plain", 20, 13), sample.Identity);
    }

    [Fact]
    public void Run_PascanuVariant_UsesLengthAndWarnsThatMaxLengthIsIgnored()
    {
        var sink = new RecordingSink<TaskSample>();
        new TaskSampleOperation().Run(new TaskOptions { Task = TaskName.TemporalOrder, Variant = TaskVariant.Pascanu, Length = 50, MaxLength = 200, BatchSize = 3, Seed = 52 },
            sink, CancellationToken.None);
        Batch batch = Assert.Single(sink.Records).Batch;
        Assert.Equal(50, batch.Length);
        Assert.Equal([1, 2, 3], Enumerable.Range(0, 3).Select(b => BatchInspector.TargetClass(batch, 49, b)));
        Assert.Contains("MaxLength=200 is ignored", Assert.Single(sink.Warnings));
    }

    [Fact]
    public void Run_DefaultBatchSizeIs100()
    {
        Assert.Equal(100, Sample(new TaskOptions { Task = TaskName.Addition }).Batch.BatchSize);
    }

    [Fact]
    public void Identity_NamesPreTrainsInnerTaskAndMusicsSplitMode()
    {
        Assert.Equal(new BatchIdentity("PreTrain(Addition)", "pascanu", null, 30, 5),
            TaskSampleOperation.Identity(new TaskOptions { Task = TaskName.PreTrain, InnerTask = TaskName.Addition, Variant = TaskVariant.Pascanu, Length = 30, Seed = 5 }));
        Assert.Equal(new BatchIdentity("PreTrain(TemporalOrder)", "galvan", "mixed", 100, 13),
            TaskSampleOperation.Identity(new TaskOptions { Task = TaskName.PreTrain, InnerTask = TaskName.TemporalOrder, Mode = TemporalOrderMode.Mixed }));
        Assert.Equal(new BatchIdentity("Music", "galvan", "full", null, 13),
            TaskSampleOperation.Identity(new TaskOptions { Task = TaskName.Music, Dataset = "d.json", SplitMode = SplitMode.Full }));
        Assert.Equal(20, Sample(new TaskOptions { Task = TaskName.Music, Dataset = SharedData.Fixture("Music", "tiny.json") }).Batch.BatchSize);
    }

    [Fact]
    public void Run_InvalidOptions_ThrowsBeforeEmitting()
    {
        var sink = new RecordingSink<TaskSample>();
        RnnToolsException error = Assert.Throws<RnnToolsException>(() =>
            new TaskSampleOperation().Run(new TaskOptions { Task = TaskName.Xor, Variant = TaskVariant.Pascanu }, sink, CancellationToken.None));
        Assert.Equal(ErrorIds.InvalidHyperParameter, error.ErrorId);
        Assert.Empty(sink.Records);
    }
}
