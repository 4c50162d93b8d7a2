using RnnTools.Core.Tasks;
using RnnTools.Core.Tests.Support;
using Xunit.Abstractions;
using static RnnTools.Core.Tests.Support.BatchInspector;

namespace RnnTools.Core.Tests.Tasks.Generators;

public sealed class PascanuTemporalOrderTaskTests(ITestOutputHelper output)
{
    private static ISequenceTask Create(TaskName task, int length, int seed, int? maxLength = null) =>
        SequenceTaskFactory.Create(new TaskOptions { Task = task, Variant = TaskVariant.Pascanu, Length = length, MaxLength = maxLength, Seed = seed });

    [Fact]
    public void TempOrderTask_RandomState52_Generate3x50MatchesAppendixA()
    {
        Batch batch = Create(TaskName.TemporalOrder, 50, 52).NextBatch(3);
        Assert.Equal(50, batch.Length);
        Assert.Equal([(9, 1), (27, 0)], Specials(batch, 0, 2, 50));
        Assert.Equal([(8, 0), (28, 1)], Specials(batch, 1, 2, 50));
        Assert.Equal([(9, 1), (28, 1)], Specials(batch, 2, 2, 50));
        Assert.Equal([1, 2, 3], Enumerable.Range(0, 3).Select(b => TargetClass(batch, 49, b)));
    }

    [Fact]
    public void TempOrder3bitTask_RandomState52_Generate3x50MatchesAppendixA()
    {
        Batch batch = Create(TaskName.TemporalOrder3, 50, 52).NextBatch(3);
        Assert.Equal([(9, 1), (17, 0), (31, 1)], Specials(batch, 0, 2, 50));
        Assert.Equal([(8, 0), (18, 1), (33, 1)], Specials(batch, 1, 2, 50));
        Assert.Equal([(9, 1), (18, 1), (31, 0)], Specials(batch, 2, 2, 50));
        Assert.Equal([5, 6, 3], Enumerable.Range(0, 3).Select(b => TargetClass(batch, 49, b)));
    }

    [Theory]
    [InlineData(TaskName.TemporalOrder, 37, null)]
    [InlineData(TaskName.TemporalOrder3, 20, 30)]
    public void Batches_OverManyDraws_PlaceTheSpecialsInPascanusWindows(TaskName name, int length, int? maxLength)
    {
        ISequenceTask task = Create(name, length, 4, maxLength);
        var lengths = new HashSet<int>();
        var classes = new HashSet<int>();
        for (int draw = 0; draw < 60; draw++)
        {
            Batch batch = task.NextBatch(15);
            int l = batch.Length, tenth = l / 10;
            lengths.Add(l);
            int[] starts = name == TaskName.TemporalOrder ? [tenth, l / 2] : [tenth, 3 * l / 10, 6 * l / 10];
            for (int b = 0; b < batch.BatchSize; b++)
            {
                List<(int Step, int Symbol)> specials = Specials(batch, b, 2, l);
                Assert.Equal(starts.Length, specials.Count);
                int label = 0;
                for (int k = 0; k < starts.Length; k++)
                {
                    Assert.InRange(specials[k].Step, starts[k], starts[k] + tenth - 1);
                    label += specials[k].Symbol << k;
                }

                classes.Add(label);
                Assert.Equal(label, TargetClass(batch, l - 1, b));
                AssertMaskedSteps(batch, b, l - 1);
                AssertTargetsZeroOutsideMask(batch, b);
            }
        }

        Assert.Equal(maxLength is { } max ? max - length : 1, lengths.Count);
        Assert.Equal(1 << (name == TaskName.TemporalOrder ? 2 : 3), classes.Count);
    }

    [Theory]
    [InlineData(TaskName.TemporalOrder, 4, 0.75)]
    [InlineData(TaskName.TemporalOrder3, 8, 0.875)]
    public void UniformPrediction_IsTheChanceLevel(TaskName name, int classes, double expectedError)
    {
        ISequenceTask task = Create(name, 10, 12);
        double loss = 0, error = 0;
        for (int i = 0; i < 10; i++)
        {
            Batch batch = task.NextBatch(1000);
            double[] outputs = ReferenceLoss.Constant(batch, 1.0 / classes);
            loss += ReferenceLoss.CrossEntropy(batch, outputs) / 10;
            error += task.Error(batch, outputs) / 10;
        }

        output.WriteLine($"pascanu {name}, y = 1/{classes}: CE {loss:F4}, error {error:F4}");
        Assert.Equal(Math.Log(classes), loss, 12);
        Assert.Equal(expectedError, error, 0.015);
    }
}
