using RnnTools.Core.Tasks;
using RnnTools.Core.Tests.Support;
using Xunit.Abstractions;
using static RnnTools.Core.Tests.Support.BatchInspector;

namespace RnnTools.Core.Tests.Tasks.Generators;

public sealed class PascanuMemorizationTaskTests(ITestOutputHelper output)
{
    private static ISequenceTask Create(int length, int seed, int values = 5, int positions = 10, int? maxLength = null) =>
        SequenceTaskFactory.Create(new TaskOptions
        {
            Task = TaskName.NoiselessMemorization, Variant = TaskVariant.Pascanu, Length = length, MaxLength = maxLength, Seed = seed,
            NValues = values, NPos = positions,
        });

    [Fact]
    public void MemTask5x10_RandomState52_Generate2x50MatchesAppendixA()
    {
        Batch batch = Create(50, 52).NextBatch(2);
        Assert.Equal(70, batch.Length);
        Assert.Equal(7, batch.InputSize);
        Assert.Equal(6, batch.OutputSize);
        Assert.Equal([2, 0, 0, 0, 0, 2, 3, 4, 3, 3], Enumerable.Range(0, 10).Select(t => Symbol(batch, t, 0)));
        Assert.Equal([3, 4, 0, 4, 1, 1, 4, 2, 3, 2], Enumerable.Range(0, 10).Select(t => Symbol(batch, t, 1)));
    }

    [Theory]
    [InlineData(5, 10, 12, null)]
    [InlineData(2, 5, 3, 8)]
    public void Batches_StorePatternBlankTriggerAndRecall(int values, int positions, int length, int? maxLength)
    {
        ISequenceTask task = Create(length, 6, values, positions, maxLength);
        int blank = values, trigger = values + 1;
        for (int draw = 0; draw < 30; draw++)
        {
            Batch batch = task.NextBatch(12);
            int gap = batch.Length - (2 * positions);
            Assert.InRange(gap, length, (maxLength ?? (length + 1)) - 1);
            Assert.All(batch.Mask, m => Assert.Equal(1.0, m));
            for (int b = 0; b < batch.BatchSize; b++)
            {
                int[] pattern = [.. Enumerable.Range(0, positions).Select(t => Symbol(batch, t, b))];
                Assert.All(pattern, symbol => Assert.InRange(symbol, 0, values - 1));
                for (int t = positions; t < batch.Length; t++)
                {
                    Assert.Equal(t == gap + positions ? trigger : blank, Symbol(batch, t, b));
                }

                for (int t = 0; t < batch.Length; t++)
                {
                    int expected = t < gap + positions ? blank : pattern[t - gap - positions];
                    Assert.Equal(expected, TargetClass(batch, t, b));
                }
            }
        }
    }

    [Fact]
    public void UniformPrediction_IsTheChanceLevel()
    {
        ISequenceTask task = Create(20, 3);
        Batch batch = task.NextBatch(1000);
        double[] outputs = ReferenceLoss.Constant(batch, 1.0 / 6);
        double loss = ReferenceLoss.CrossEntropy(batch, outputs), error = task.Error(batch, outputs);
        output.WriteLine($"pascanu NoiselessMemorization(5, 10), y = 1/6: CE {loss:F4} per step, error {error:F4}");
        Assert.Equal(Math.Log(6), loss, 9);
        Assert.Equal(1.0, error);
    }
}
