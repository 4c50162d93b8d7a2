using RnnTools.Core.Model;
using RnnTools.Core.Operations;
using RnnTools.Core.Operations.Tasks;
using RnnTools.Core.Tasks;

namespace RnnTools.Core.Tests.Operations.Tasks;

public sealed class TaskListOperationTests
{
    private static List<TaskInfoRecord> Run(TaskListOptions options)
    {
        var sink = new RecordingSink<TaskInfoRecord>();
        new TaskListOperation().Run(options, sink, CancellationToken.None);
        return sink.Records;
    }

    [Fact]
    public void Run_ListsEveryVariantAndGalvansTwoTemporalOrderModes()
    {
        List<TaskInfoRecord> records = Run(new TaskListOptions());
        Assert.Equal(20, records.Count);
        Assert.Equal(Enum.GetValues<TaskName>(), records.Select(r => r.Task).Distinct());
        Assert.Equal([TemporalOrderMode.Plain, TemporalOrderMode.Mixed],
            records.Where(r => r.Task == TaskName.TemporalOrder && r.Variant == TaskVariant.Galvan).Select(r => r.Mode));
        TaskInfoRecord memorization = Assert.Single(records, r => r.Task == TaskName.NoiselessMemorization);
        Assert.Equal((7, 6, OutputFunction.Softmax, LossKind.CrossEntropy), (memorization.InputSize!.Value, memorization.OutputSize!.Value, memorization.OutputFunction, memorization.LossKind));
        Assert.Equal("error < 0.01 (with Strict: error <= 0)", memorization.SuccessRule);
        Assert.All(records.Where(r => r.Task == TaskName.PreTrain), r => Assert.Null(r.InputSize));
        Assert.Equal(20, records.Single(r => r.Task == TaskName.Addition && r.Variant == TaskVariant.Hs1997).MinimumLength);
    }

    [Fact]
    public void Run_WithATask_ListsOnlyItsVariants()
    {
        Assert.Equal([TaskVariant.Galvan, TaskVariant.Pascanu], Run(new TaskListOptions { Task = TaskName.RandomPermutation }).Select(r => r.Variant));
    }

    [Fact]
    public void Run_Cancelled_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => new TaskListOperation().Run(new TaskListOptions(), new RecordingSink<TaskInfoRecord>(), cancelled.Token));
    }
}
