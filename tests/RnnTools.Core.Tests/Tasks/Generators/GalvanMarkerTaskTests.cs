using RnnTools.Core.Tasks;
using RnnTools.Core.Tests.Support;
using Xunit.Abstractions;
using static RnnTools.Core.Tests.Support.BatchInspector;

namespace RnnTools.Core.Tests.Tasks.Generators;

public sealed class GalvanMarkerTaskTests(ITestOutputHelper output)
{
    private static ISequenceTask Create(TaskName task, int length = 100, int seed = 13) =>
        SequenceTaskFactory.Create(new TaskOptions { Task = task, Length = length, Seed = seed });

    [Fact]
    public void Addition_Seed13_FirstTwoBatchesMatchAppendixA()
    {
        ISequenceTask task = Create(TaskName.Addition);
        Batch first = task.NextBatch(3);
        Assert.Equal(102, first.Length);
        Assert.Equal([0, 0, 6], Enumerable.Range(0, 3).Select(b => StepsWhere(first, b, 0, 1)[0]));
        Assert.Equal([44, 35, 45], Enumerable.Range(0, 3).Select(b => StepsWhere(first, b, 0, 1)[1]));
        double[][] marked = [[0.777702, 0.145003], [0.237541, 0.688906], [0.949094, 0.748051]];
        for (int b = 0; b < 3; b++)
        {
            List<int> marks = StepsWhere(first, b, 0, 1);
            Assert.Equal(marked[b][0], Input(first, marks[0], 1, b), 6);
            Assert.Equal(marked[b][1], Input(first, marks[1], 1, b), 6);
        }

        Assert.Equal([0.461353, 0.463224, 0.848573], Enumerable.Range(0, 3).Select(b => Math.Round(Target(first, 101, 0, b), 6)));
        Batch second = task.NextBatch(3);
        Assert.Equal(104, second.Length);
        Assert.Equal([2, 6, 5], Enumerable.Range(0, 3).Select(b => StepsWhere(second, b, 0, 1)[0]));
        Assert.Equal([23, 20, 19], Enumerable.Range(0, 3).Select(b => StepsWhere(second, b, 0, 1)[1]));
        Assert.Equal([0.775200, 0.397452, 0.670340], Enumerable.Range(0, 3).Select(b => Math.Round(Target(second, 103, 0, b), 6)));
    }

    [Fact]
    public void Multiplication_Seed13_FirstBatchMatchesAppendixA()
    {
        Batch batch = Create(TaskName.Multiplication).NextBatch(3);
        Assert.Equal([0.112769, 0.163644, 0.709971], Enumerable.Range(0, 3).Select(b => Math.Round(Target(batch, batch.Length - 1, 0, b), 6)));
    }

    [Theory]
    [InlineData(TaskName.Addition, 10)]
    [InlineData(TaskName.Multiplication, 37)]
    [InlineData(TaskName.Xor, 100)]
    public void Batches_OverManyDraws_HaveTheSpecifiedLayout(TaskName name, int minLength)
    {
        ISequenceTask task = Create(name, minLength, seed: 5);
        var lengths = new HashSet<int>();
        for (int draw = 0; draw < 40; draw++)
        {
            Batch batch = task.NextBatch(25);
            int length = batch.Length, tenth = length / 10;
            lengths.Add(length);
            Assert.InRange(length, minLength, minLength + (minLength / 10) - (minLength >= 20 ? 1 : 0));
            for (int b = 0; b < batch.BatchSize; b++)
            {
                Assert.Equal(length, batch.Lengths[b]);
                List<int> marks = StepsWhere(batch, b, 0, 1);
                Assert.Equal(2, marks.Count);
                Assert.Equal(length - 2, StepsWhere(batch, b, 0, 0).Count);
                Assert.InRange(marks[0], 0, tenth - 1);
                Assert.InRange(marks[1], tenth, tenth + (4 * length / 10) - 1);
                double x0 = Input(batch, marks[0], 1, b), x1 = Input(batch, marks[1], 1, b);
                double expected = name switch
                {
                    TaskName.Addition => (x0 + x1) / 2,
                    TaskName.Multiplication => x0 * x1,
                    _ => x0 == x1 ? -1 : 1,
                };
                Assert.Equal(expected, Target(batch, length - 1, 0, b));
                for (int t = 0; t < length; t++)
                {
                    double value = Input(batch, t, 1, b);
                    Assert.True(name == TaskName.Xor ? value is 0 or 1 : value is >= 0 and < 1);
                }

                AssertMaskedSteps(batch, b, length - 1);
                AssertTargetsZeroOutsideMask(batch, b);
            }
        }

        Assert.Equal(Math.Max(1, minLength / 10), lengths.Count);
    }

    [Fact]
    public void Addition_PredictingOneHalf_IsTheChanceLevel()
    {
        // MSE = Var((x0 + x1)/2) = 1/24; error P(|mean − 0.5| > 0.04) = 1 − 4·(0.04 − 0.04²) = 0.8464.
        (double loss, double error) = Measure(TaskName.Addition, 0.5);
        output.WriteLine($"galvan Addition, y = 0.5: MSE {loss:F5}, error {error:F4}");
        Assert.Equal(1.0 / 24, loss, 0.0015);
        Assert.Equal(0.8464, error, 0.01);
    }

    [Fact]
    public void Multiplication_PredictingOneQuarter_IsTheChanceLevel()
    {
        // MSE = E[(x0·x1 − 1/4)²] = 7/144; correct iff 0.05 ≤ x0·x1 ≤ 0.45, P(xy ≤ c) = c − c·ln c → error 0.3905.
        (double loss, double error) = Measure(TaskName.Multiplication, 0.25);
        output.WriteLine($"galvan Multiplication, y = 0.25: MSE {loss:F5}, error {error:F4}");
        Assert.Equal(7.0 / 144, loss, 0.0015);
        Assert.Equal(0.3905, error, 0.01);
    }

    [Fact]
    public void Xor_ConstantPredictions_GiveTheChanceLevels()
    {
        (double zeroLoss, double zeroError) = Measure(TaskName.Xor, 0);
        (double plusLoss, double plusError) = Measure(TaskName.Xor, 1);
        output.WriteLine($"galvan Xor, y = 0: MSE {zeroLoss:F4}, error {zeroError:F4}; y = +1: MSE {plusLoss:F4}, error {plusError:F4}");
        Assert.Equal(1.0, zeroLoss, 12);
        Assert.Equal(1.0, zeroError, 12);
        Assert.Equal(2.0, plusLoss, 0.05);
        Assert.Equal(0.5, plusError, 0.015);
    }

    private static (double Loss, double Error) Measure(TaskName name, double prediction)
    {
        ISequenceTask task = Create(name, 10, seed: 21);
        double loss = 0, error = 0;
        const int batches = 20;
        for (int i = 0; i < batches; i++)
        {
            Batch batch = task.NextBatch(1000);
            double[] outputs = ReferenceLoss.Constant(batch, prediction);
            loss += ReferenceLoss.SquaredError(batch, outputs) / batches;
            error += task.Error(batch, outputs) / batches;
        }

        return (loss, error);
    }
}
