using RnnTools.Core.Backends;
using RnnTools.Core.Engine;
using RnnTools.Core.Model;
using RnnTools.Core.Tasks;
using RnnTools.Core.Tests.Support;

namespace RnnTools.Core.Tests.Engine;

public sealed class PascanuRegularizerTests
{
    private static readonly RnnShape Shape = new(3, 4, 2);
    private static readonly IComputeBackend Managed = new ManagedBackend();

    [Theory]
    [InlineData(OmegaNorm.Squared)]
    [InlineData(OmegaNorm.Plain)]
    public void Omega_EqualsTheDefinition(OmegaNorm norm)
    {
        (TemporalGradient<double> gradient, double[] theta, Batch batch) = Evaluate();
        int n = Shape.HiddenSize, size = batch.BatchSize, steps = gradient.Steps;
        double[] deltas = gradient.Rows(StepFactor.Deltas, 0, steps, out _).ToArray(), hidden = gradient.HiddenErrors.ToArray();
        double omega = 0, valid = 0;
        for (int t = 0; t < steps; t++)
        {
            for (int b = 0; b < size; b++)
            {
                int row = (t * size) + b;
                double x = 0, y = 0;
                for (int j = 0; j < n; j++)
                {
                    double r = Enumerable.Range(0, n).Sum(i => theta[(i * n) + j] * deltas[(row * n) + i]);
                    x += r * r;
                    y += hidden[(row * n) + j] * hidden[(row * n) + j];
                }

                if (y >= 1e-20)
                {
                    double ratio = norm == OmegaNorm.Squared ? (x / y) - 1 : (Math.Sqrt(x) / Math.Sqrt(y)) - 1;
                    omega += ratio * ratio / size;
                    valid += 1.0 / size;
                }
            }
        }

        OmegaResult result = gradient.Omega(norm, new double[n * n]);

        Assert.True(valid < steps, "the ragged batch should have pairs whose error signal is zero");
        Assert.Equal(omega / valid, result.Omega, 1e-12);
        Assert.Equal(valid, result.ValidSteps, 1e-12);
        Assert.Equal(valid / steps, result.StepsInPast, 1e-12);
    }

    [Theory]
    [InlineData(OmegaNorm.Squared)]
    [InlineData(OmegaNorm.Plain)]
    public void ImmediateGradient_MatchesFiniteDifferencesWithErrorsFrozen(OmegaNorm norm)
    {
        (TemporalGradient<double> gradient, double[] theta, _) = Evaluate();
        int n = Shape.HiddenSize;
        double[] deltas = gradient.Rows(StepFactor.Deltas, 0, gradient.Steps, out _).ToArray(), hidden = gradient.HiddenErrors.ToArray();
        double[] analytic = new double[n * n], scratch = new double[n * n];
        gradient.Omega(norm, analytic);
        var regularizer = new PascanuRegularizer<double>();
        double[] wRec = theta[..(n * n)];

        double Omega(double[] w) => regularizer.Compute(Managed, deltas, hidden, w, gradient.Steps, gradient.BatchSize, n, norm, scratch).Omega;

        const double step = 1e-6;
        double largest = analytic.Max(Math.Abs);
        for (int i = 0; i < n * n; i++)
        {
            double[] plus = (double[])wRec.Clone(), minus = (double[])wRec.Clone();
            plus[i] += step;
            minus[i] -= step;
            double numeric = (Omega(plus) - Omega(minus)) / (2 * step);
            Assert.True(Math.Abs(numeric - analytic[i]) <= 1e-6 * largest, $"entry {i}: {analytic[i]} vs {numeric}");
        }
    }

    private static (TemporalGradient<double> Gradient, double[] Theta, Batch Batch) Evaluate()
    {
        var configuration = new EngineConfiguration(Shape, Activation.Tanh, OutputFunction.Softmax, LossKind.CrossEntropy);
        Batch batch = RandomProblem.Batch(configuration, 6, 4, everyStep: false, seed: 41);
        double[] theta = RandomProblem.Parameters(Shape, 43);
        return (new RnnEngine<double>(Managed, configuration).Evaluate(theta, batch), theta, batch);
    }
}
