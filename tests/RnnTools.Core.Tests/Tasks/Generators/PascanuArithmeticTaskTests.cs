using RnnTools.Core.Tasks;
using RnnTools.Core.Tests.Support;
using Xunit.Abstractions;
using static RnnTools.Core.Tests.Support.BatchInspector;

namespace RnnTools.Core.Tests.Tasks.Generators;

public sealed class PascanuArithmeticTaskTests(ITestOutputHelper output)
{
    private static ISequenceTask Create(TaskName task, int length, int seed, int? maxLength = null) =>
        SequenceTaskFactory.Create(new TaskOptions { Task = task, Variant = TaskVariant.Pascanu, Length = length, MaxLength = maxLength, Seed = seed });

    [Fact]
    public void AddTask_RandomState52_Generate3x50MatchesAppendixA()
    {
        Batch batch = Create(TaskName.Addition, 50, 52).NextBatch(3);
        Assert.Equal(54, batch.Length);
        Assert.Equal([3, 4, 0], Enumerable.Range(0, 3).Select(b => StepsWhere(batch, b, 0, 1)[0]));
        Assert.Equal([10, 15, 16], Enumerable.Range(0, 3).Select(b => StepsWhere(batch, b, 0, 1)[1]));
        Assert.Equal([0.358388, 0.848944, 0.502758], Enumerable.Range(0, 3).Select(b => Math.Round(Target(batch, 53, 0, b), 6)));
    }

    [Theory]
    [InlineData(TaskName.Addition, 30, null, 30, 32)]
    [InlineData(TaskName.Multiplication, 20, 25, 20, 25)]
    public void Batches_OverManyDraws_HaveTheSpecifiedLayout(TaskName name, int length, int? maxLength, int shortest, int longest)
    {
        ISequenceTask task = Create(name, length, 17, maxLength);
        var lengths = new HashSet<int>();
        for (int draw = 0; draw < 60; draw++)
        {
            Batch batch = task.NextBatch(15);
            int l = batch.Length, tenth = l / 10;
            lengths.Add(l);
            Assert.InRange(l, shortest, longest);
            for (int b = 0; b < batch.BatchSize; b++)
            {
                List<int> marks = StepsWhere(batch, b, 0, 1);
                Assert.Equal(2, marks.Count);
                Assert.Equal(l - 2, StepsWhere(batch, b, 0, 0).Count);
                Assert.InRange(marks[0], 0, tenth - 1);
                Assert.InRange(marks[1], tenth, tenth + (4 * l / 10) - 1);
                double x0 = Input(batch, marks[0], 1, b), x1 = Input(batch, marks[1], 1, b);
                Assert.Equal(name == TaskName.Addition ? (x0 + x1) / 2 : x0 * x1, Target(batch, l - 1, 0, b));
                AssertMaskedSteps(batch, b, l - 1);
                AssertTargetsZeroOutsideMask(batch, b);
            }
        }

        Assert.Equal(longest - shortest + 1, lengths.Count);
    }

    [Theory]
    [InlineData(TaskName.Addition, 0.5, 1.0 / 24, 0.360)]
    [InlineData(TaskName.Multiplication, 0.25, 7.0 / 144, 0.391)]
    [InlineData(TaskName.Multiplication, 0.20, 0.0511, 0.233)]
    public void ConstantPredictions_GiveTheChanceLevelsOfSection3_2(TaskName name, double prediction, double mse, double expectedError)
    {
        // Addition: correct iff |mean − 0.5| ≤ 0.2, P = 4·(0.2 − 0.04) = 0.64. Multiplication: P(xy ≤ c) = c − c·ln c;
        // with 0.20, E[(xy − 0.2)²] = 1/9 − 0.1 + 0.04 = 0.0511.
        ISequenceTask task = Create(name, 10, 2);
        double loss = 0, error = 0;
        for (int i = 0; i < 40; i++)
        {
            Batch batch = task.NextBatch(1000);
            double[] outputs = ReferenceLoss.Constant(batch, prediction);
            loss += ReferenceLoss.SquaredError(batch, outputs) / 40;
            error += task.Error(batch, outputs) / 40;
        }

        output.WriteLine($"pascanu {name}, y = {prediction}: MSE {loss:F5}, error {error:F4}");
        Assert.Equal(mse, loss, 0.002);
        Assert.Equal(expectedError, error, 0.012);
    }
}
