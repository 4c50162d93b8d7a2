using RnnTools.Core.Tasks;
using RnnTools.Core.Tests.Support;
using Xunit.Abstractions;
using static RnnTools.Core.Tests.Support.BatchInspector;

namespace RnnTools.Core.Tests.Tasks.Generators;

public sealed class Hs1997ArithmeticTaskTests(ITestOutputHelper output)
{
    private static ISequenceTask Create(TaskName task, int length, int seed) =>
        SequenceTaskFactory.Create(new TaskOptions { Task = task, Variant = TaskVariant.Hs1997, Length = length, Seed = seed });

    [Theory]
    [InlineData(TaskName.Addition)]
    [InlineData(TaskName.Multiplication)]
    public void Batches_OverManyDraws_FollowSection4(TaskName name, int minLength = 20)
    {
        ISequenceTask task = Create(name, minLength, 11);
        var lengths = new HashSet<int>();
        var positions = new HashSet<int>();
        bool sawMarkedStart = false;
        for (int draw = 0; draw < 40; draw++)
        {
            Batch batch = task.NextBatch(50);
            Assert.Equal(batch.Lengths.Max(), batch.Length);
            for (int b = 0; b < batch.BatchSize; b++)
            {
                int length = batch.Lengths[b];
                lengths.Add(length);
                Assert.InRange(length, minLength, minLength + (minLength / 10));
                List<int> marks = StepsWhere(batch, b, 0, 1);
                Assert.InRange(marks.Count, 2, 2);
                positions.UnionWith(marks);
                Assert.All(marks, p => Assert.InRange(p, 0, (minLength / 2) - 1));
                Assert.InRange(marks[0], 0, 9);
                bool startMarked = marks.Contains(0);
                sawMarkedStart |= startMarked;
                Assert.Equal(startMarked ? [length - 1] : [0, length - 1], StepsWhere(batch, b, 0, -1).ToArray());
                double first = Input(batch, 0, 1, b);
                if (startMarked)
                {
                    Assert.Equal(name == TaskName.Addition ? 0.0 : 1.0, first);
                }

                for (int t = 1; t < length; t++)
                {
                    Assert.InRange(Input(batch, t, 1, b), name == TaskName.Addition ? -1 : 0, 1);
                }

                for (int t = length; t < batch.Length; t++)
                {
                    Assert.Equal(0.0, Input(batch, t, 0, b));
                    Assert.Equal(0.0, Input(batch, t, 1, b));
                }

                double x1 = Input(batch, marks[0], 1, b), x2 = Input(batch, marks[1], 1, b);
                Assert.Equal(name == TaskName.Addition ? 0.5 + ((x1 + x2) / 4) : x1 * x2, Target(batch, length - 1, 0, b), 15);
                AssertMaskedSteps(batch, b, length - 1);
                AssertTargetsZeroOutsideMask(batch, b);
            }
        }

        Assert.Equal(3, lengths.Count);
        Assert.Equal(minLength / 2, positions.Count);
        Assert.True(sawMarkedStart);
    }

    [Fact]
    public void SecondMark_IsUniformOnTheCandidatesOtherThanTheFirst()
    {
        ISequenceTask task = Create(TaskName.Addition, 40, 3);
        int[] counts = new int[20];
        int samples = 0;
        for (int draw = 0; draw < 40; draw++)
        {
            Batch batch = task.NextBatch(500);
            for (int b = 0; b < batch.BatchSize; b++)
            {
                foreach (int p in StepsWhere(batch, b, 0, 1).Where(p => p >= 10))
                {
                    counts[p]++;
                    samples++;
                }
            }
        }

        // Positions 10..19 are only ever the second mark: each has probability 1/19 per sequence (1053 ± 32 of 20000).
        Assert.All(counts[10..], c => Assert.InRange(c, 925, 1180));
        Assert.Equal(samples, counts.Sum());
    }

    [Theory]
    [InlineData(TaskName.Addition, 0.5)]
    [InlineData(TaskName.Multiplication, 0.25)]
    public void ConstantPrediction_GivesTheAnalyticChanceLevel(TaskName name, double prediction)
    {
        // A sequence has one zero (add) or one (mul) value at step 0 with probability q = 1/10 + (9/10)·1/(T_min/2 − 1).
        // Addition: d = (X1 + X2)/4, MSE 1/24 (1/48 with the replacement); correct iff |d| < 0.04: 0.1536 (0.16).
        // Multiplication: MSE 7/144 (E[(X − 1/4)²] = 7/48 with X2 = 1); correct iff |xy − 1/4| < 0.04: 0.11124 (0.08).
        const int minLength = 100;
        double q = 0.1 + (0.9 / ((minLength / 2) - 1));
        (double mse, double correct) = name == TaskName.Addition
            ? (((1 - q) / 24) + (q / 48), ((1 - q) * 0.1536) + (q * 0.16))
            : (((1 - q) * 7 / 144) + (q * 7 / 48), ((1 - q) * ((0.29 - (0.29 * Math.Log(0.29))) - (0.21 - (0.21 * Math.Log(0.21))))) + (q * 0.08));
        ISequenceTask task = Create(name, minLength, 29);
        double loss = 0, error = 0;
        for (int i = 0; i < 10; i++)
        {
            Batch batch = task.NextBatch(2000);
            double[] outputs = ReferenceLoss.Constant(batch, prediction);
            loss += ReferenceLoss.SquaredError(batch, outputs) / 10;
            error += task.Error(batch, outputs) / 10;
        }

        output.WriteLine($"hs1997 {name}, y = {prediction}: MSE {loss:F5} (analytic {mse:F5}), error {error:F4} (analytic {1 - correct:F4})");
        Assert.Equal(mse, loss, 0.0015);
        Assert.Equal(1 - correct, error, 0.01);
    }
}
