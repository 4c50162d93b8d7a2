using RnnTools.Core.Tasks;
using RnnTools.Core.Tests.Support;
using Xunit.Abstractions;
using static RnnTools.Core.Tests.Support.BatchInspector;

namespace RnnTools.Core.Tests.Tasks.Generators;

public sealed class RandomPermutationTaskTests(ITestOutputHelper output)
{
    private static ISequenceTask Create(TaskVariant variant, int length, int seed, int? maxLength = null) =>
        SequenceTaskFactory.Create(new TaskOptions { Task = TaskName.RandomPermutation, Variant = variant, Length = length, MaxLength = maxLength, Seed = seed });

    [Fact]
    public void Galvan_Seed13_FirstBatchMatchesAppendixA()
    {
        Batch batch = Create(TaskVariant.Galvan, 100, 13).NextBatch(2);
        Assert.Equal(102, batch.Length);
        Assert.Equal([(1, 0), (18, 27), (60, 28), (68, 48), (56, 79)], Enumerable.Range(0, 5).Select(t => (Symbol(batch, t, 0), Symbol(batch, t, 1))));
        Assert.Equal([1, 0], Enumerable.Range(0, 2).Select(b => TargetClass(batch, 101, b)));
    }

    [Fact]
    public void Pascanu_RandomState52_Generate2x50MatchesAppendixA()
    {
        Batch batch = Create(TaskVariant.Pascanu, 50, 52).NextBatch(2);
        Assert.Equal(50, batch.Length);
        Assert.Equal([(1, 0), (15, 25), (88, 30), (34, 71)], Enumerable.Range(0, 4).Select(t => (Symbol(batch, t, 0), Symbol(batch, t, 1))));
        Assert.Equal([1, 0], Enumerable.Range(0, 2).Select(b => TargetClass(batch, 49, b)));
    }

    [Theory]
    [InlineData(TaskVariant.Galvan, 20, null, 20, 21)]
    [InlineData(TaskVariant.Pascanu, 20, null, 20, 20)]
    [InlineData(TaskVariant.Pascanu, 5, 9, 5, 8)]
    public void Batches_RecallTheFirstSymbolAmongDistractors(TaskVariant variant, int length, int? maxLength, int shortest, int longest)
    {
        ISequenceTask task = Create(variant, length, 2, maxLength);
        var lengths = new HashSet<int>();
        for (int draw = 0; draw < 40; draw++)
        {
            Batch batch = task.NextBatch(10);
            lengths.Add(batch.Length);
            Assert.InRange(batch.Length, shortest, longest);
            for (int b = 0; b < batch.BatchSize; b++)
            {
                int first = Symbol(batch, 0, b);
                Assert.InRange(first, 0, 1);
                Assert.All(Enumerable.Range(1, batch.Length - 1), t => Assert.InRange(Symbol(batch, t, b), 2, 99));
                Assert.Equal(first, TargetClass(batch, batch.Length - 1, b));
                AssertMaskedSteps(batch, b, batch.Length - 1);
                AssertTargetsZeroOutsideMask(batch, b);
            }
        }

        Assert.Equal(longest - shortest + 1, lengths.Count);
    }

    [Theory]
    [InlineData(TaskVariant.Galvan)]
    [InlineData(TaskVariant.Pascanu)]
    public void ConstantPredictions_GiveTheChanceLevels(TaskVariant variant)
    {
        ISequenceTask task = Create(variant, 10, 8);
        double halfLoss = 0, uniformLoss = 0, error = 0;
        for (int i = 0; i < 10; i++)
        {
            Batch batch = task.NextBatch(1000);
            double[] half = ReferenceLoss.Constant(batch, [0.5, 0.5, .. new double[98]]);
            halfLoss += ReferenceLoss.CrossEntropy(batch, half) / 10;
            uniformLoss += ReferenceLoss.CrossEntropy(batch, ReferenceLoss.Constant(batch, 0.01)) / 10;
            error += task.Error(batch, half) / 10;
        }

        output.WriteLine($"{variant} RandomPermutation: y = 1/2 on classes 0, 1: CE {halfLoss:F4}, error {error:F4}; y = 1/100: CE {uniformLoss:F4}");
        Assert.Equal(Math.Log(2), halfLoss, 12);
        Assert.Equal(Math.Log(100), uniformLoss, 12);
        Assert.Equal(0.5, error, 0.02);
    }
}
