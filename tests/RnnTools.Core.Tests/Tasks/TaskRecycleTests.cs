using RnnTools.Core.Tasks;
using RnnTools.Core.Tests.Support;

namespace RnnTools.Core.Tests.Tasks;

public sealed class TaskRecycleTests
{
    public static TheoryData<TaskOptions> Tasks() =>
    [
        new TaskOptions { Task = TaskName.TemporalOrder, Length = 20 },
        new TaskOptions { Task = TaskName.TemporalOrder, Length = 20, Mode = TemporalOrderMode.Mixed },
        new TaskOptions { Task = TaskName.Addition, Length = 30, Variant = TaskVariant.Pascanu, MaxLength = 34 },
        new TaskOptions { Task = TaskName.Addition, Length = 20, Variant = TaskVariant.Hs1997 },
        new TaskOptions { Task = TaskName.NoiselessMemorization, Length = 10, Variant = TaskVariant.Pascanu },
        new TaskOptions { Task = TaskName.PreTrain, InnerTask = TaskName.Xor, Length = 10 },
        new TaskOptions { Task = TaskName.Music, Dataset = SharedData.Fixture("Music", "tiny.json"), CropLength = 4 },
        new TaskOptions { Task = TaskName.Music, Dataset = SharedData.Fixture("Music", "tiny.json"), SplitMode = SplitMode.Full },
    ];

    [Theory]
    [MemberData(nameof(Tasks))]
    public void Recycle_ReusedBatches_HoldExactlyTheFreshBatches(TaskOptions options)
    {
        ISequenceTask fresh = SequenceTaskFactory.Create(options), recycling = SequenceTaskFactory.Create(options);
        for (int i = 0; i < 12; i++)
        {
            Batch expected = fresh.NextBatch(5), actual = recycling.NextBatch(5);
            Assert.Equal((expected.Length, expected.BatchSize), (actual.Length, actual.BatchSize));
            Assert.Equal(expected.Inputs, actual.Inputs);
            Assert.Equal(expected.Targets, actual.Targets);
            Assert.Equal(expected.Mask, actual.Mask);
            Assert.Equal(expected.Lengths, actual.Lengths);
            recycling.Recycle(actual);
        }
    }

    [Fact]
    public void Recycle_SameShape_ReusesTheArrays()
    {
        ISequenceTask task = SequenceTaskFactory.Create(new TaskOptions { Task = TaskName.TemporalOrder, Length = 10 });
        Batch first = task.NextBatch(4);
        task.Recycle(first);

        Assert.Same(first, task.NextBatch(4));
        Assert.NotSame(first, task.NextBatch(4));
    }

    [Fact]
    public void Recycle_ABatchOfAnotherTask_IsRefused()
    {
        ISequenceTask task = SequenceTaskFactory.Create(new TaskOptions { Task = TaskName.TemporalOrder, Length = 10 });
        Batch other = SequenceTaskFactory.Create(new TaskOptions { Task = TaskName.Addition, Length = 10 }).NextBatch(2);

        Assert.Throws<ArgumentException>(() => task.Recycle(other));
    }

    [Fact]
    public void SpareBatches_KeepABoundedNumberOfShapes()
    {
        var spares = new SpareBatches();
        Batch[] batches = [.. Enumerable.Range(1, SpareBatches.MaxShapes + 1).Select(length => spares.Take(spares.UniformLengths(length, 2), 1, 1))];
        foreach (Batch batch in batches)
        {
            spares.Add(batch);
        }

        Assert.Same(batches[^1], spares.Take([SpareBatches.MaxShapes + 1, SpareBatches.MaxShapes + 1], 1, 1));
        Assert.NotSame(batches[0], spares.Take([1, 1], 1, 1));
    }
}
