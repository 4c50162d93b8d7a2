using RnnTools.Core.Backends;
using RnnTools.Core.Engine;
using RnnTools.Core.Gradients;
using RnnTools.Core.Model;
using RnnTools.Core.Tasks;
using RnnTools.Core.Tests.Support;

namespace RnnTools.Core.Tests.Engine;

public sealed class TemporalGradientTests
{
    private static readonly IComputeBackend Managed = new ManagedBackend();

    /// <summary>Shapes and limits that select each strategy: (n_in, n_h, n_out, B, storage limit).</summary>
    public static TheoryData<int, int, int, int, long, string> Strategies() => new()
    {
        { 3, 4, 2, 5, 1L << 20, "Stored" },
        { 3, 4, 2, 5, 0, "Streamed" },
        { 7, 9, 6, 2, 1L << 20, "Gram" },
    };

    [Fact]
    public void Components_EqualFiniteDifferencesOfPerStepParameterCopies()
    {
        var shape = new RnnShape(2, 3, 2);
        var configuration = new EngineConfiguration(shape, Activation.Tanh, OutputFunction.Softmax, LossKind.CrossEntropy);
        Batch batch = RandomProblem.Batch(configuration, 4, 3, everyStep: false, seed: 17);
        double[] theta = RandomProblem.Parameters(shape, 23);
        TemporalGradient<double> gradient = new RnnEngine<double>(Managed, configuration).Evaluate(theta, batch);
        double[] h = new double[gradient.Steps * shape.ParameterCount];
        gradient.Materialize(h);
        var reference = new ReferenceRnn(shape, Activation.Tanh, OutputFunction.Softmax, LossKind.CrossEntropy);
        const double step = 1e-6;

        for (int s = 0; s < gradient.Steps; s++)
        {
            for (int i = 0; i < shape.ParameterCount; i++)
            {
                double Perturbed(double delta)
                {
                    double[] copy = (double[])theta.Clone();
                    copy[i] += delta;
                    return reference.Loss(t => t == s ? copy : theta, batch);
                }

                double numeric = (Perturbed(step) - Perturbed(-step)) / (2 * step);
                Assert.True(Math.Abs(numeric - h[(s * shape.ParameterCount) + i]) < 1e-8, $"H[{s}, {i}]: {h[(s * shape.ParameterCount) + i]} vs {numeric}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Strategies))]
    public void Components_SumToTheGradient_AndWRecVanishesAtStepZero(int nIn, int n, int nOut, int batchSize, long limit, string expected)
    {
        (TemporalGradient<double> gradient, RnnShape shape) = Evaluate<double>(nIn, n, nOut, batchSize, limit, temporalNorms: true);
        double[] h = new double[gradient.Steps * shape.ParameterCount];

        gradient.Materialize(h);

        Assert.Equal(expected, gradient.StrategyOf(VariableBlock.WRec).ToString());
        for (int i = 0; i < shape.ParameterCount; i++)
        {
            double sum = Enumerable.Range(0, gradient.Steps).Sum(t => h[(t * shape.ParameterCount) + i]);
            Assert.Equal(gradient.Gradient[i], sum, 1e-12);
        }

        Assert.All(h[..shape.WRecLength], value => Assert.Equal(0.0, value));
        Assert.Equal(0.0, gradient.BlockNorms(VariableBlock.WRec)[0]);
    }

    [Theory]
    [MemberData(nameof(Strategies))]
    public void NormsCosinesAndCombinations_MatchTheMaterializedMatrix(int nIn, int n, int nOut, int batchSize, long limit, string expected)
    {
        foreach (bool eager in new[] { true, false })
        {
            (TemporalGradient<double> gradient, RnnShape shape) = Evaluate<double>(nIn, n, nOut, batchSize, limit, eager);
            Assert.Equal(expected, gradient.StrategyOf(VariableBlock.WIn).ToString());
            int steps = gradient.Steps, p = shape.ParameterCount;
            double[] h = new double[steps * p];
            gradient.Materialize(h);
            double[] g = gradient.Gradient.ToArray();
            double gNorm = Math.Sqrt(g.Sum(v => v * v));

            for (int t = 0; t < steps; t++)
            {
                double[] row = h[(t * p)..((t + 1) * p)];
                double norm = Math.Sqrt(row.Sum(v => v * v));
                Assert.Equal(norm, gradient.Norms[t], 1e-12);
                Assert.Equal(row.Zip(g).Sum(x => x.First * x.Second) / (norm * gNorm), gradient.Cosines[t], 1e-10);
                foreach ((VariableBlock block, int offset, int length) in Blocks(shape))
                {
                    Assert.Equal(Math.Sqrt(row.Skip(offset).Take(length).Sum(v => v * v)), gradient.BlockNorms(block)[t], 1e-12);
                }
            }

            double[] separate = [.. Enumerable.Range(0, 5 * steps).Select(i => Math.Sin(i + 1.0))];
            double[] joint = [.. Enumerable.Range(0, 5 * steps).Select(i => Math.Sin((i % steps) + 1.0))];
            foreach (double[] weights in new[] { separate, joint })
            {
                double[] combined = new double[p];
                gradient.Combine(weights, combined);
                foreach ((VariableBlock block, int offset, int length) in Blocks(shape))
                {
                    for (int i = offset; i < offset + length; i++)
                    {
                        double expectedValue = Enumerable.Range(0, steps).Sum(t => weights[((int)block * steps) + t] * h[(t * p) + i]);
                        Assert.Equal(expectedValue, combined[i], 1e-12);
                    }
                }
            }
        }
    }

    [Fact]
    public void CombineNormalized_Joint_DividesEveryTrustedRowByItsNorm()
    {
        (TemporalGradient<double> gradient, RnnShape shape) = Evaluate<double>(3, 4, 2, 5, 1L << 20, temporalNorms: false);
        int steps = gradient.Steps, p = shape.ParameterCount;
        double[] h = new double[steps * p];
        gradient.Materialize(h);
        double[] c = [.. Enumerable.Range(0, steps).Select(t => 1.0 + t)];
        double threshold = gradient.Norms[steps - 1] * 1.0001;
        double[] combined = new double[p];

        gradient.CombineNormalized(c, threshold, separateBlocks: false, combined);

        for (int i = 0; i < p; i++)
        {
            double expected = Enumerable.Range(0, steps).Sum(t =>
                gradient.Norms[t] >= threshold ? c[t] * h[(t * p) + i] / gradient.Norms[t] : c[t] * h[(t * p) + i]);
            Assert.Equal(expected, combined[i], 1e-12);
        }
    }

    [Fact]
    public void CombineNormalized_Separate_NormalisesBlocksAndKeepsPlainOutputSums()
    {
        (TemporalGradient<double> gradient, RnnShape shape) = Evaluate<double>(3, 4, 2, 5, 1L << 20, temporalNorms: true);
        int steps = gradient.Steps, p = shape.ParameterCount;
        double[] h = new double[steps * p];
        gradient.Materialize(h);
        double[] c = [.. Enumerable.Range(0, 5 * steps).Select(i => 0.5 + (i % 3))];
        double[] combined = new double[p];

        gradient.CombineNormalized(c, 1e-25, separateBlocks: true, combined);

        foreach ((VariableBlock block, int offset, int length) in Blocks(shape))
        {
            for (int i = offset; i < offset + length; i++)
            {
                double expected = block is VariableBlock.WOut or VariableBlock.BOut
                    ? gradient.Gradient[i]
                    : Enumerable.Range(0, steps).Sum(t =>
                    {
                        double norm = gradient.BlockNorms(block)[t];
                        double w = c[((int)block * steps) + t];
                        return norm >= 1e-25 ? w * h[(t * p) + i] / norm : w * h[(t * p) + i];
                    });
                Assert.Equal(expected, combined[i], 1e-12);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Strategies))]
    public void FloatNorms_MatchDoubleNorms(int nIn, int n, int nOut, int batchSize, long limit, string expected)
    {
        (TemporalGradient<double> exact, _) = Evaluate<double>(nIn, n, nOut, batchSize, limit, temporalNorms: true);
        (TemporalGradient<float> single, _) = Evaluate<float>(nIn, n, nOut, batchSize, limit, temporalNorms: true);

        Assert.Equal(expected, single.StrategyOf(VariableBlock.WOut).ToString());
        for (int t = 1; t < exact.Steps; t++)
        {
            Assert.Equal(1.0, single.Norms[t] / exact.Norms[t], 1e-4);
        }
    }

    [Fact]
    public void Materialize_BeyondTheLimit_ThrowsAndSaysSo()
    {
        var shape = new RnnShape(2, 3, 2);
        var configuration = new EngineConfiguration(shape, Activation.Tanh, OutputFunction.Softmax, LossKind.CrossEntropy) { MaterializeLimit = 10 };
        Batch batch = RandomProblem.Batch(configuration, 4, 2, everyStep: false, seed: 1);
        TemporalGradient<double> gradient = new RnnEngine<double>(Managed, configuration).Evaluate(RandomProblem.Parameters(shape, 1), batch);

        Assert.False(gradient.CanMaterialize);
        Assert.Throws<InvalidOperationException>(() => gradient.Materialize(new double[4 * shape.ParameterCount]));
    }

    [Fact]
    public void VanishingFloatComponents_KeepTheirOrderOfMagnitude()
    {
        // A strongly contracting network: the components of distant steps shrink by ~1e-2 per step, far below
        // float's squared range, yet their norms must not underflow to zero.
        var shape = new RnnShape(2, 6, 2);
        var configuration = new EngineConfiguration(shape, Activation.Tanh, OutputFunction.Softmax, LossKind.CrossEntropy);
        Batch batch = LastStepOnly(RandomProblem.Batch(configuration, 20, 3, everyStep: false, seed: 2));
        double[] theta = RandomProblem.Parameters(shape, 5, std: 0.5);
        for (int i = 0; i < shape.WRecLength; i++)
        {
            theta[i] *= 0.05;
        }

        TemporalGradient<double> exact = new RnnEngine<double>(Managed, configuration).Evaluate(theta, batch);
        TemporalGradient<float> single = new RnnEngine<float>(Managed, configuration).Evaluate([.. theta.Select(v => (float)v)], batch);

        Assert.True(exact.Norms[1] < 1e-20, $"the test needs vanishing components (norm[1] = {exact.Norms[1]:E2})");
        Assert.Equal(1.0, single.Norms[1] / exact.Norms[1], 1e-2);
    }

    private static Batch LastStepOnly(Batch batch)
    {
        Array.Clear(batch.Mask);
        for (int b = 0; b < batch.BatchSize; b++)
        {
            batch.Lengths[b] = batch.Length;
            for (int o = 0; o < batch.OutputSize; o++)
            {
                batch.Mask[batch.OutputIndex(batch.Length - 1, o, b)] = 1;
            }
        }

        return batch;
    }

    private static (TemporalGradient<T> Gradient, RnnShape Shape) Evaluate<T>(int nIn, int n, int nOut, int batchSize, long limit, bool temporalNorms)
        where T : unmanaged, System.Numerics.IFloatingPointIeee754<T>
    {
        var shape = new RnnShape(nIn, n, nOut);
        var configuration = new EngineConfiguration(shape, Activation.Tanh, OutputFunction.Logistic, LossKind.BinaryCrossEntropy) { BlockStorageLimit = limit };
        Batch batch = RandomProblem.Batch(configuration, 6, batchSize, everyStep: true, seed: 31);
        T[] theta = [.. RandomProblem.Parameters(shape, 37, std: 0.4).Select(T.CreateTruncating)];
        return (new RnnEngine<T>(Managed, configuration).Evaluate(theta, batch, temporalNorms), shape);
    }

    private static IEnumerable<(VariableBlock Block, int Offset, int Length)> Blocks(RnnShape shape) =>
    [
        (VariableBlock.WRec, shape.WRecOffset, shape.WRecLength),
        (VariableBlock.WIn, shape.WInOffset, shape.WInLength),
        (VariableBlock.WOut, shape.WOutOffset, shape.WOutLength),
        (VariableBlock.BRec, shape.BRecOffset, shape.HiddenSize),
        (VariableBlock.BOut, shape.BOutOffset, shape.OutputSize),
    ];
}
