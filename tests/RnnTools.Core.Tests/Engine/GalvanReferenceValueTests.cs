using RnnTools.Core.Backends;
using RnnTools.Core.Engine;
using RnnTools.Core.Initialization;
using RnnTools.Core.Model;
using RnnTools.Core.Tasks;
using RnnTools.Core.Tests.Support;

namespace RnnTools.Core.Tests.Engine;

/// <summary>
/// End-to-end checks of engine, Galvan initialisation and task batches against the derived reference values of
/// experiments.md §1.1 (Figure 3.1) and §1.2 (Figure 3.2 at iteration 0), computed in double precision.
/// </summary>
public sealed class GalvanReferenceValueTests
{
    private static readonly IComputeBackend Managed = new ManagedBackend();

    [Fact]
    public void TaskHelper_ReproducesTheGoldenBatches()
    {
        Batch order = GalvanTaskBatches.TemporalOrder(100, 13).Next(3);
        GalvanTaskBatches addition = GalvanTaskBatches.Addition(100, 13);
        Batch first = addition.Next(3), second = addition.Next(3);

        Assert.Equal(102, order.Length);
        Assert.Equal([2, 4, 3, 5, 4, 4, 4, 2, 5, 0], Enumerable.Range(0, 10).Select(t => Enumerable.Range(0, 6).First(i => order.Inputs[order.InputIndex(t, i, 0)] == 1)));
        Assert.All(Enumerable.Range(0, 3), b => Assert.Equal(1.0, order.Targets[order.OutputIndex(101, 2, b)]));
        Assert.Equal((102, 104), (first.Length, second.Length));
        Assert.Equal([0.461353, 0.463224, 0.848573], Enumerable.Range(0, 3).Select(b => Math.Round(first.Targets[first.OutputIndex(101, 0, b)], 6)));
        Assert.Equal([0.775200, 0.397452, 0.670340], Enumerable.Range(0, 3).Select(b => Math.Round(second.Targets[second.OutputIndex(103, 0, b)], 6)));
    }

    [Theory]
    [InlineData(0.8, 1.39912, 0.1520, 1.1e-24, 0.137, 1.5e-24, 3.1e-14, 7.2e-4, 4.8e-23)]
    [InlineData(0.9, 1.40126, 0.1737, 5.0e-14, 0.148, 5.9e-14, 1.7e-8, 5.1e-3, 1.2e-12)]
    [InlineData(1.0, 1.40431, 0.2515, 4.1e-5, 0.169, 4.3e-5, 1.1e-3, 2.6e-2, 5.5e-4)]
    [InlineData(1.1, 1.41389, 3.133, 3.4e-2, 0.271, 0.114, 6.0e-2, 5.2e-2, 0.97)]
    [InlineData(1.2, 1.45820, 5.828, 6.5e-2, 0.426, 0.318, 8.7e-2, 9.0e-2, 1.6)]
    public void Figure31_MatchesTheDerivedReferenceValues(double rho, double loss, double gradNorm, double minNorm, double maxNorm,
        double norm1, double norm100, double norm200, double ratio)
    {
        Batch batch = GalvanTaskBatches.TemporalOrder(200, 13).Next(100);
        RnnModel<double> model = ModelInitializer.Create(new InitializationOptions { SpectralRadius = rho, Seed = 13 }).Generate(new RnnShape(6, 50, 4), OutputFunction.Softmax);

        TemporalGradient<double> gradient = new RnnEngine<double>(Managed, EngineConfiguration.For(model)).Evaluate(model.Parameters, batch);
        double[] norms = gradient.Norms.ToArray();

        Assert.Equal(218, batch.Length);
        Assert.Equal(loss, gradient.Loss, 5e-6);
        Assert.Equal(1.0, gradient.GradientNorm / gradNorm, 1e-3);
        AssertTwoDigits(minNorm, norms.Min());
        AssertTwoDigits(maxNorm, norms.Max());
        AssertTwoDigits(maxNorm, norms[217]);
        AssertTwoDigits(norm1, norms[1]);
        AssertTwoDigits(norm100, norms[100]);
        AssertTwoDigits(norm200, norms[200]);
        AssertTwoDigits(ratio, norms[1..6].Average() / norms[^5..].Average());
    }

    [Fact]
    public void Figure32_IterationZero_MatchesTheDerivedReferenceValues()
    {
        (TemporalGradient<double> order, double[] orderNorms, double[] orderCos) = IterationZero(GalvanTaskBatches.TemporalOrder(100, 13), new RnnShape(6, 50, 4), OutputFunction.Softmax, 104);
        Assert.Equal(1.4233, order.Loss, 4);
        Assert.Equal(3.367, order.GradientNorm, 3);
        AssertTwoDigits(0.062, orderNorms.Min());
        AssertTwoDigits(0.848, orderNorms.Max());
        AssertTwoDigits(0.077, Median(orderNorms));
        Assert.Equal(-0.03, orderCos.Min(), 2);
        Assert.Equal(0.47, orderCos.Max(), 2);
        Assert.Equal(0.24, orderCos.Average(), 2);

        (TemporalGradient<double> addition, double[] additionNorms, double[] additionCos) = IterationZero(GalvanTaskBatches.Addition(100, 13), new RnnShape(2, 50, 1), OutputFunction.Linear, 109);
        Assert.Equal(0.2283, addition.Loss, 4);
        Assert.Equal(5.156, addition.GradientNorm, 3);
        AssertTwoDigits(0.128, additionNorms.Min());
        AssertTwoDigits(3.95, additionNorms.Max());
        AssertTwoDigits(0.167, Median(additionNorms));
        Assert.Equal(-0.36, additionCos.Min(), 2);
        Assert.Equal(0.53, additionCos.Max(), 2);
        Assert.Equal(0.17, additionCos.Average(), 2);
    }

    /// <summary>The first training batch after the five fixed validation batches of 2000 (tasks.md §1.3), at the initial model.</summary>
    private static (TemporalGradient<double> Gradient, double[] Norms, double[] Cosines) IterationZero(GalvanTaskBatches task, RnnShape shape,
        OutputFunction output, int expectedLength)
    {
        for (int i = 0; i < 5; i++)
        {
            task.Next(2000);
        }

        Batch batch = task.Next(100);
        RnnModel<double> model = ModelInitializer.Create(new InitializationOptions { SpectralRadius = 1.2, Seed = 13 }).Generate(shape, output);
        TemporalGradient<double> gradient = new RnnEngine<double>(Managed, EngineConfiguration.For(model)).Evaluate(model.Parameters, batch);
        Assert.Equal(expectedLength, batch.Length);
        return (gradient, gradient.Norms.ToArray(), gradient.Cosines.ToArray());
    }

    private static double Median(double[] values)
    {
        double[] sorted = [.. values.Order()];
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>A reference printed with two significant digits: the value rounds to it.</summary>
    private static void AssertTwoDigits(double expected, double actual)
    {
        double magnitude = Math.Pow(10, Math.Floor(Math.Log10(Math.Abs(expected))) - 1);
        Assert.True(Math.Abs(actual - expected) <= 0.5 * magnitude * 1.0001, $"expected {expected:G2}, got {actual:G4}");
    }
}
