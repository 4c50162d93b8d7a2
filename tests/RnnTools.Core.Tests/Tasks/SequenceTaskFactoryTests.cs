using RnnTools.Core.Datasets;
using RnnTools.Core.Errors;
using RnnTools.Core.Tasks;
using RnnTools.Core.Tests.Support;

namespace RnnTools.Core.Tests.Tasks;

public sealed class SequenceTaskFactoryTests
{
    public static TheoryData<TaskOptions> EveryGenerator() => new()
    {
        new TaskOptions { Task = TaskName.Addition, Length = 20 },
        new TaskOptions { Task = TaskName.Multiplication, Length = 20 },
        new TaskOptions { Task = TaskName.Xor, Length = 20 },
        new TaskOptions { Task = TaskName.XorOneHot, Length = 20 },
        new TaskOptions { Task = TaskName.TemporalOrder, Length = 20 },
        new TaskOptions { Task = TaskName.TemporalOrder, Length = 20, Mode = TemporalOrderMode.Mixed },
        new TaskOptions { Task = TaskName.RandomPermutation, Length = 20 },
        new TaskOptions { Task = TaskName.PreTrain, InnerTask = TaskName.XorOneHot, Length = 20 },
        new TaskOptions { Task = TaskName.Addition, Variant = TaskVariant.Pascanu, Length = 20, MaxLength = 30 },
        new TaskOptions { Task = TaskName.Multiplication, Variant = TaskVariant.Pascanu, Length = 20 },
        new TaskOptions { Task = TaskName.TemporalOrder, Variant = TaskVariant.Pascanu, Length = 20, MaxLength = 30 },
        new TaskOptions { Task = TaskName.TemporalOrder3, Variant = TaskVariant.Pascanu, Length = 20 },
        new TaskOptions { Task = TaskName.RandomPermutation, Variant = TaskVariant.Pascanu, Length = 20, MaxLength = 30 },
        new TaskOptions { Task = TaskName.NoiselessMemorization, Variant = TaskVariant.Pascanu, Length = 20, MaxLength = 30 },
        new TaskOptions { Task = TaskName.Addition, Variant = TaskVariant.Hs1997, Length = 20 },
        new TaskOptions { Task = TaskName.Multiplication, Variant = TaskVariant.Hs1997, Length = 20 },
        new TaskOptions { Task = TaskName.Music, Dataset = SharedData.Fixture("Music", "tiny.json"), CropLength = 5 },
        new TaskOptions { Task = TaskName.Music, Dataset = SharedData.Fixture("Music", "tiny.json"), SplitMode = SplitMode.Full },
    };

    [Theory]
    [MemberData(nameof(EveryGenerator))]
    public void SameSeed_GivesIdenticalBatches_OtherSeed_Different(TaskOptions options)
    {
        ISequenceTask a = SequenceTaskFactory.Create(options), b = SequenceTaskFactory.Create(options);
        ISequenceTask c = SequenceTaskFactory.Create(options with { Seed = options.Seed + 1 });
        bool differs = false;
        for (int i = 0; i < 3; i++)
        {
            Batch x = a.NextBatch(8), y = b.NextBatch(8), z = c.NextBatch(8);
            Assert.Equal(x.Inputs, y.Inputs);
            Assert.Equal(x.Targets, y.Targets);
            Assert.Equal(x.Mask, y.Mask);
            Assert.Equal(x.Lengths, y.Lengths);
            differs |= !x.Inputs.AsSpan().SequenceEqual(z.Inputs) || !x.Targets.AsSpan().SequenceEqual(z.Targets);
        }

        Assert.True(differs);
    }

    [Theory]
    [MemberData(nameof(EveryGenerator))]
    public void RestoredState_ContinuesBitIdentically(TaskOptions options)
    {
        ISequenceTask task = SequenceTaskFactory.Create(options);
        task.NextBatch(5);
        TaskState state = task.CaptureState();
        Batch[] expected = [task.NextBatch(5), task.NextBatch(7)];
        ISequenceTask resumed = SequenceTaskFactory.Create(options with { Seed = 99 });
        resumed.RestoreState(state);
        foreach (Batch batch in expected)
        {
            Batch actual = resumed.NextBatch(batch.BatchSize);
            Assert.Equal(batch.Inputs, actual.Inputs);
            Assert.Equal(batch.Targets, actual.Targets);
            Assert.Equal(batch.Mask, actual.Mask);
        }
    }

    [Theory]
    [MemberData(nameof(EveryGenerator))]
    public void Batches_HaveTheDescribedSizesAndAreMasked(TaskOptions options)
    {
        ISequenceTask task = SequenceTaskFactory.Create(options);
        Batch batch = task.NextBatch(4);
        Assert.Equal(task.Description.InputSize, batch.InputSize);
        Assert.Equal(task.Description.OutputSize, batch.OutputSize);
        Assert.Equal(4, batch.BatchSize);
        Assert.All(Enumerable.Range(0, 4), b => Assert.NotEmpty(BatchInspector.ActiveSteps(batch, b)));
        Assert.All(batch.Mask, m => Assert.True(m is 0 or 1));
        Assert.Equal(0, task.Error(batch, batch.Targets), 9); // music clamps outputs at 1e-12
        Assert.Throws<ArgumentOutOfRangeException>(() => task.NextBatch(0));
        Assert.Throws<ArgumentException>(() => task.Error(batch, new double[batch.Targets.Length - 1]));
    }

    [Fact]
    public void RestoreState_WithTheWrongNumberOfStreams_Throws()
    {
        ISequenceTask galvan = SequenceTaskFactory.Create(new TaskOptions { Task = TaskName.Addition });
        ISequenceTask pascanu = SequenceTaskFactory.Create(new TaskOptions { Task = TaskName.Addition, Variant = TaskVariant.Pascanu });
        Assert.Equal(2, galvan.CaptureState().Streams.Count);
        Assert.Single(pascanu.CaptureState().Streams);
        Assert.Throws<ArgumentException>(() => galvan.RestoreState(pascanu.CaptureState()));
    }

    [Fact]
    public void Create_InvalidOptions_Throws()
    {
        RnnToolsException error = Assert.Throws<RnnToolsException>(() => SequenceTaskFactory.Create(new TaskOptions { Task = TaskName.TemporalOrder3 }));
        Assert.Equal(ErrorIds.InvalidHyperParameter, error.ErrorId);
    }

    [Fact]
    public void Create_MusicWithALoadedDataset_UsesIt_AndOtherTasksRefuseOne()
    {
        PolyphonicDataset dataset = PolyphonicDatasetLoader.Load(SharedData.Fixture("Music", "tiny.json"));
        var options = new TaskOptions { Task = TaskName.Music, Dataset = "not-read.json" };
        Assert.Equal(88, SequenceTaskFactory.Create(options, dataset).NextBatch(2).InputSize);
        Assert.Throws<ArgumentException>(() => SequenceTaskFactory.Create(new TaskOptions { Task = TaskName.Addition }, dataset));
        RnnToolsException missing = Assert.Throws<RnnToolsException>(() => SequenceTaskFactory.Create(options));
        Assert.Equal(ErrorIds.InvalidInputFile, missing.ErrorId);
    }
}
