using RnnTools.Core.Backends;
using RnnTools.Core.Engine;
using RnnTools.Core.Model;
using RnnTools.Core.Tasks;

namespace RnnTools.Core.Diagnostics;

/// <summary>Checks the engine's gradient against central finite differences of its loss, in double precision.</summary>
public static class GradientChecker
{
    /// <summary>The default finite-difference step h of (L(θ + h e_i) − L(θ − h e_i)) / 2h.</summary>
    public const double DefaultStep = 1e-6;

    /// <summary>Compares the gradient at <paramref name="parameters"/> with central differences, variable by variable.</summary>
    /// <param name="backend">The backend the engine runs on.</param>
    /// <param name="configuration">The network and loss.</param>
    /// <param name="parameters">θ, in the flattening order.</param>
    /// <param name="batch">The batch (its mask may be ragged).</param>
    /// <param name="step">h, the finite-difference step.</param>
    /// <param name="cancellationToken">Checked once per parameter.</param>
    public static GradientCheckResult Check(IComputeBackend backend, EngineConfiguration configuration, ReadOnlySpan<double> parameters,
        Batch batch, double step = DefaultStep, CancellationToken cancellationToken = default)
    {
        var engine = new RnnEngine<double>(backend, configuration);
        double[] analytic = engine.Evaluate(parameters, batch, temporalNorms: false).Gradient.ToArray();
        double[] theta = parameters.ToArray(), numeric = new double[theta.Length];
        for (int i = 0; i < theta.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            double original = theta[i];
            theta[i] = original + step;
            double plus = engine.Loss(theta, batch);
            theta[i] = original - step;
            double minus = engine.Loss(theta, batch);
            theta[i] = original;
            numeric[i] = (plus - minus) / (2 * step);
        }

        return Compare(configuration.Shape, analytic, numeric);
    }

    /// <summary>The per-variable relative errors between two gradients (see <see cref="GradientCheckResult"/>).</summary>
    public static GradientCheckResult Compare(RnnShape shape, ReadOnlySpan<double> analytic, ReadOnlySpan<double> numeric)
    {
        ArgumentNullException.ThrowIfNull(shape);
        double overall = 0;
        for (int i = 0; i < analytic.Length; i++)
        {
            overall = Math.Max(overall, Math.Max(Math.Abs(analytic[i]), Math.Abs(numeric[i])));
        }

        double[] errors = new double[5];
        int index = 0;
        foreach ((string _, int offset, int length, int _, int _) in shape.Variables)
        {
            double largest = 1e-3 * overall, difference = 0;
            for (int i = offset; i < offset + length; i++)
            {
                largest = Math.Max(largest, Math.Max(Math.Abs(analytic[i]), Math.Abs(numeric[i])));
                double gap = Math.Abs(analytic[i] - numeric[i]);
                difference = double.IsNaN(gap) ? double.NaN : Math.Max(difference, gap);
            }

            errors[index++] = largest == 0 ? difference : difference / largest;
        }

        return new GradientCheckResult(errors[0], errors[1], errors[2], errors[3], errors[4]);
    }
}
