using RnnTools.Core.Tasks;
using RnnTools.Core.Tests.Support;
using Xunit.Abstractions;
using static RnnTools.Core.Tests.Support.BatchInspector;

namespace RnnTools.Core.Tests.Tasks.Generators;

public sealed class GalvanTemporalOrderTaskTests(ITestOutputHelper output)
{
    private static ISequenceTask Create(TemporalOrderMode mode = TemporalOrderMode.Plain, int length = 100, int seed = 13, TaskName task = TaskName.TemporalOrder) =>
        SequenceTaskFactory.Create(new TaskOptions { Task = task, Mode = mode, Length = length, Seed = seed });

    [Fact]
    public void Plain_Seed13_FirstBatchMatchesAppendixA()
    {
        Batch batch = Create().NextBatch(3);
        Assert.Equal(102, batch.Length);
        Assert.Equal([(9, 0), (14, 1)], Specials(batch, 0, 2, 102));
        Assert.Equal([(6, 0), (10, 1)], Specials(batch, 1, 2, 102));
        Assert.Equal([(5, 0), (39, 1)], Specials(batch, 2, 2, 102));
        Assert.Equal([2, 2, 2], Enumerable.Range(0, 3).Select(b => TargetClass(batch, 101, b)));
        Assert.Equal([2, 4, 3, 5, 4, 4, 4, 2, 5, 0], Enumerable.Range(0, 10).Select(t => Symbol(batch, t, 0)));
    }

    [Fact]
    public void Mixed_Seed13_FirstBatchMatchesAppendixA()
    {
        Batch batch = Create(TemporalOrderMode.Mixed).NextBatch(3);
        Assert.Equal([102, 100, 100], batch.Lengths);
        Assert.Equal([(6, 1), (46, 0)], Specials(batch, 0, 2, 102));
        Assert.Equal([(4, 1), (10, 0)], Specials(batch, 1, 2, 100));
        Assert.Equal([(7, 1), (10, 1)], Specials(batch, 2, 2, 100));
        Assert.Equal([1, 1, 3], Enumerable.Range(0, 3).Select(b => TargetClass(batch, batch.Lengths[b] - 1, b)));
    }

    [Fact]
    public void Plain_Length200_FirstBatchOfFigure3_1HasLength218()
    {
        Assert.Equal(218, Create(length: 200).NextBatch(100).Length);
    }

    [Theory]
    [InlineData(13, new[] { 102, 107, 100, 104, 104 }, new[] { 102, 103, 106, 103, 102 })]
    [InlineData(14, new[] { 108, 103, 109, 106, 102 }, new[] { 108, 105, 109, 103, 109 })]
    [InlineData(15, new[] { 108, 103, 104, 109, 109 }, new[] { 108, 107, 109, 100, 107 })]
    [InlineData(16, new[] { 109, 105, 109, 107, 104 }, new[] { 109, 109, 100, 109, 104 })]
    [InlineData(17, new[] { 101, 108, 103, 100, 103 }, new[] { 101, 106, 109, 102, 104 })]
    public void ValidationSet_FiveBatchesOf2000_HaveTheLengthsOfSection2_8(int seed, int[] addition, int[] temporalOrder)
    {
        ISequenceTask add = Create(seed: seed, task: TaskName.Addition), order = Create(seed: seed);
        Assert.Equal(addition, Enumerable.Range(0, 5).Select(_ => add.NextBatch(2000).Length));
        Assert.Equal(temporalOrder, Enumerable.Range(0, 5).Select(_ => order.NextBatch(2000).Length));
        if (seed == 13)
        {
            Assert.Equal(109, add.NextBatch(100).Length);
            Assert.Equal(104, order.NextBatch(100).Length);
        }
    }

    [Theory]
    [InlineData(TemporalOrderMode.Plain)]
    [InlineData(TemporalOrderMode.Mixed)]
    public void Batches_OverManyDraws_HaveTwoSpecialsInTheirWindowsAndTheirClass(TemporalOrderMode mode)
    {
        ISequenceTask task = Create(mode, 40, seed: 9);
        var lengths = new HashSet<int>();
        var classes = new HashSet<int>();
        for (int draw = 0; draw < 30; draw++)
        {
            Batch batch = task.NextBatch(20);
            for (int b = 0; b < batch.BatchSize; b++)
            {
                int length = batch.Lengths[b], tenth = length / 10;
                lengths.Add(length);
                Assert.InRange(length, 40, 43);
                if (mode == TemporalOrderMode.Plain)
                {
                    Assert.Equal(batch.Length, length);
                }

                List<(int Step, int Symbol)> specials = Specials(batch, b, 2, length);
                Assert.Equal(2, specials.Count);
                Assert.InRange(specials[0].Step, 0, tenth - 1);
                Assert.InRange(specials[1].Step, tenth, tenth + (4 * length / 10) - 1);
                Assert.All(Enumerable.Range(length, batch.Length - length), t => Assert.InRange(Symbol(batch, t, b), 2, 5));
                int label = specials[0].Symbol + (2 * specials[1].Symbol);
                classes.Add(label);
                Assert.Equal(label, TargetClass(batch, length - 1, b));
                AssertMaskedSteps(batch, b, length - 1);
                AssertTargetsZeroOutsideMask(batch, b);
            }
        }

        Assert.Equal(4, lengths.Count);
        Assert.Equal(4, classes.Count);
    }

    [Fact]
    public void UniformPrediction_IsTheChanceLevel()
    {
        ISequenceTask task = Create(length: 10, seed: 6);
        double loss = 0, error = 0;
        for (int i = 0; i < 10; i++)
        {
            Batch batch = task.NextBatch(1000);
            double[] outputs = ReferenceLoss.Constant(batch, 0.25);
            loss += ReferenceLoss.CrossEntropy(batch, outputs) / 10;
            error += task.Error(batch, outputs) / 10;
        }

        output.WriteLine($"galvan TemporalOrder, y = 1/4: CE {loss:F4}, error {error:F4}");
        Assert.Equal(Math.Log(4), loss, 12);
        Assert.Equal(0.75, error, 0.02);
    }
}
