using RnnTools.Core.Tasks;
using RnnTools.Core.Tests.Support;
using Xunit.Abstractions;
using static RnnTools.Core.Tests.Support.BatchInspector;

namespace RnnTools.Core.Tests.Tasks.Generators;

public sealed class GalvanXorOneHotTaskTests(ITestOutputHelper output)
{
    private static ISequenceTask Create(int length = 100, int seed = 13) =>
        SequenceTaskFactory.Create(new TaskOptions { Task = TaskName.XorOneHot, Length = length, Seed = seed });

    [Fact]
    public void FirstBatch_Seed13_MatchesAppendixA()
    {
        Batch batch = Create().NextBatch(3);
        Assert.Equal([102, 100, 100], batch.Lengths);
        Assert.Equal(102, batch.Length);
        Assert.Equal([[6, 31], [4, 16], [4, 10]], Enumerable.Range(0, 3).Select(b => StepsWhere(batch, b, 0, 1).ToArray()));
        Assert.Equal([1, 1, 0], Enumerable.Range(0, 3).Select(b => TargetClass(batch, batch.Lengths[b] - 1, b)));
    }

    [Fact]
    public void Batches_OverManyDraws_HaveMixedLengthsMarkersAndXorClasses()
    {
        ISequenceTask task = Create(30, seed: 3);
        var lengths = new HashSet<int>();
        for (int draw = 0; draw < 40; draw++)
        {
            Batch batch = task.NextBatch(20);
            Assert.Equal(batch.Lengths.Max(), batch.Length);
            for (int b = 0; b < batch.BatchSize; b++)
            {
                int length = batch.Lengths[b], tenth = length / 10;
                lengths.Add(length);
                Assert.InRange(length, 30, 32);
                List<int> marks = StepsWhere(batch, b, 0, 1);
                Assert.Equal(2, marks.Count);
                Assert.InRange(marks[0], 0, tenth - 1);
                Assert.InRange(marks[1], tenth, tenth + (4 * length / 10) - 1);
                Assert.All(Enumerable.Range(0, batch.Length), t => Assert.True(Input(batch, t, 1, b) is 0 or 1));
                int expected = (int)Input(batch, marks[0], 1, b) ^ (int)Input(batch, marks[1], 1, b);
                Assert.Equal(expected, TargetClass(batch, length - 1, b));
                AssertMaskedSteps(batch, b, length - 1);
                AssertTargetsZeroOutsideMask(batch, b);
            }
        }

        Assert.Equal(3, lengths.Count);
    }

    [Fact]
    public void UniformPrediction_IsTheChanceLevel()
    {
        ISequenceTask task = Create(10, seed: 4);
        double loss = 0, error = 0;
        for (int i = 0; i < 10; i++)
        {
            Batch batch = task.NextBatch(1000);
            double[] outputs = ReferenceLoss.Constant(batch, 0.5);
            loss += ReferenceLoss.CrossEntropy(batch, outputs) / 10;
            error += task.Error(batch, outputs) / 10;
        }

        output.WriteLine($"galvan XorOneHot, y = (0.5, 0.5): CE {loss:F4}, error {error:F4}");
        Assert.Equal(Math.Log(2), loss, 12);
        Assert.Equal(0.5, error, 0.02);
    }
}
