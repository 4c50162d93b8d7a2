using RnnTools.Core.Backends;
using RnnTools.Core.Engine;
using RnnTools.Core.Model;
using RnnTools.Core.Tasks;

namespace RnnTools.Core.Diagnostics;

/// <summary>
/// The Jacobian products ∂a_t/∂a_k = W_rec·D_{t−1}·W_rec·D_{t−2} ⋯ W_rec·D_k (D_j = diag σ'(a_j), the identity for
/// k = t) of training.md §4.4, per sequence of a batch, for t = T − 1 and every k, in double precision. Products are
/// kept rescaled by powers of two so that vanishing norms (1e−24 and below) keep their precision.
/// </summary>
public static class JacobianProducts
{
    /// <summary>Computes the profile of a model on a batch.</summary>
    /// <param name="backend">Runs the forward pass and the n × n products.</param>
    /// <param name="model">The model (double precision).</param>
    /// <param name="batch">The batch; its sizes must match the model.</param>
    /// <param name="cancellationToken">Checked once per sequence.</param>
    /// <exception cref="ArgumentException">The batch sizes do not match the model.</exception>
    public static JacobianProfile Compute(IComputeBackend backend, RnnModel<double> model, Batch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(batch);
        int n = model.Shape.HiddenSize, steps = batch.Length, size = batch.BatchSize, last = steps - 1;
        var engine = new RnnEngine<double>(backend, EngineConfiguration.For(model));
        ForwardResult<double> forward = engine.Forward(model.Parameters, batch);
        double sigmaMax = VanishingConditions.MaxDerivative(model.Activation, model.ActivationBeta);
        double maxSingular = SpectralStatistics.Compute<double>(model.WRec, n).MaxSingular;
        double[] sum = new double[steps], max = new double[steps], bound = new double[steps];
        for (int k = 0; k < steps; k++)
        {
            bound[k] = VanishingConditions.JacobianBound(sigmaMax, maxSingular, last, k);
        }

        var estimator = new SpectralNormEstimator(n);
        double[] product = new double[n * n], next = new double[n * n];
        ReadOnlySpan<double> wRec = model.WRec;
        for (int b = 0; b < size; b++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Array.Clear(product);
            for (int i = 0; i < n; i++)
            {
                product[(i * n) + i] = 1;
            }

            estimator.Reset();
            double logScale = 0;
            Record(sum, max, last, 1);
            for (int k = last - 1; k >= 0; k--)
            {
                // J ← J·W_rec·D_k: the GEMM, then column c scaled by σ'(a_k[c, b]).
                backend.Gemm(Transpose.NoTrans, Transpose.NoTrans, n, n, n, 1.0, product, n, wRec, n, 0.0, next, n);
                ReadOnlySpan<double> hidden = forward.Hidden(k, b);
                double largest = 0;
                for (int i = 0; i < n; i++)
                {
                    for (int c = 0; c < n; c++)
                    {
                        double value = next[(i * n) + c] * HiddenActivation.Derivative(model.Activation, model.ActivationBeta, hidden[c]);
                        next[(i * n) + c] = value;
                        largest = Math.Max(largest, Math.Abs(value));
                    }
                }

                (product, next) = (next, product);
                if (largest > 0 && double.IsFinite(largest))
                {
                    int exponent = Math.ILogB(largest);
                    double rescale = Math.ScaleB(1.0, -exponent);
                    for (int i = 0; i < product.Length; i++)
                    {
                        product[i] *= rescale;
                    }

                    logScale += exponent;
                }

                double norm = largest == 0 ? 0 : estimator.Norm(product) * Math.Pow(2, logScale);
                Record(sum, max, k, norm);
            }
        }

        return new JacobianProfile(last, [.. sum.Select(value => value / size)], max, bound);
    }

    private static void Record(double[] sum, double[] max, int k, double value)
    {
        sum[k] += value;
        max[k] = double.IsNaN(value) ? double.NaN : Math.Max(max[k], value);
    }
}
