using System.Numerics;
using System.Numerics.Tensors;
using RnnTools.Core.Model;

namespace RnnTools.Core.Engine;

/// <summary>
/// The output function F and the losses of training.md §3 on rows of logits z (one row per (t, b), n_out wide):
/// the batch loss, the output error ε = ∂L/∂z, the outputs y and per-pair loss terms. Binary cross-entropy with the
/// logistic output (music) runs vectorised per step; every other pairing runs per row in double.
/// </summary>
internal sealed class LossFunction<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly OutputFunction output;
    private readonly LossKind loss;
    private readonly double bceEpsilon;
    private readonly int width;
    private readonly double[] y;
    private T[] scratch = [], positive = [];

    public LossFunction(EngineConfiguration configuration)
    {
        output = configuration.OutputFunction;
        loss = configuration.Loss;
        bceEpsilon = configuration.BceEpsilon;
        width = configuration.Shape.OutputSize;
        y = new double[width];
    }

    /// <summary>The normalisation of the loss: 1/B for squared error, 1/N_A for the cross-entropies (0 when N_A = 0).</summary>
    private double Scale(int batchSize, int activePairs) =>
        loss == LossKind.SquaredError ? 1.0 / batchSize : activePairs == 0 ? 0.0 : 1.0 / activePairs;

    /// <summary>
    /// The batch loss over the active steps; when <paramref name="errors"/> is not empty it receives ε for every row
    /// (zero on inactive steps).
    /// </summary>
    public double Evaluate(ForwardResult<T> forward, Span<T> errors)
    {
        int batch = forward.BatchSize, block = batch * width;
        double scale = Scale(batch, forward.ActivePairs), total = 0;
        bool vectorised = loss == LossKind.BinaryCrossEntropy && bceEpsilon == 0;
        if (!errors.IsEmpty)
        {
            errors[..(forward.Steps * block)].Clear();
        }

        for (int t = 0; t < forward.Steps; t++)
        {
            if (!forward.ActiveSteps[t])
            {
                continue;
            }

            int start = t * block;
            Span<T> stepErrors = errors.IsEmpty ? Span<T>.Empty : errors.Slice(start, block);
            if (vectorised)
            {
                total += BinaryCrossEntropyStep(forward.Logits.AsSpan(start, block), forward.Targets.AsSpan(start, block),
                    forward.Mask.AsSpan(start, block), stepErrors, scale);
                continue;
            }

            for (int b = 0; b < batch; b++)
            {
                int row = start + (b * width);
                total += Row(forward.Logits.AsSpan(row, width), forward.Targets.AsSpan(row, width), forward.Mask.AsSpan(row, width),
                    stepErrors.IsEmpty ? Span<T>.Empty : stepErrors.Slice(b * width, width), scale);
            }
        }

        return scale * total;
    }

    /// <summary>y = F(z) for every row (or only the rows of active steps), written as double in the batch layout (T, n_out, B).</summary>
    public void Outputs(ForwardResult<T> forward, Span<double> destination, bool activeOnly = false)
    {
        int batch = forward.BatchSize;
        for (int t = 0; t < forward.Steps; t++)
        {
            if (activeOnly && !forward.ActiveSteps[t])
            {
                continue;
            }

            for (int b = 0; b < batch; b++)
            {
                Apply(forward.Logits.AsSpan(((t * batch) + b) * width, width));
                for (int o = 0; o < width; o++)
                {
                    destination[(((t * width) + o) * batch) + b] = y[o];
                }
            }
        }
    }

    /// <summary>The unnormalised loss term of every pair (Σ over its unmasked outputs), in the layout (T, B).</summary>
    public void PairLosses(ForwardResult<T> forward, Span<double> destination)
    {
        int batch = forward.BatchSize;
        for (int t = 0; t < forward.Steps; t++)
        {
            for (int b = 0; b < batch; b++)
            {
                int at = ((t * batch) + b) * width;
                destination[(t * batch) + b] = forward.ActiveSteps[t]
                    ? Row(forward.Logits.AsSpan(at, width), forward.Targets.AsSpan(at, width), forward.Mask.AsSpan(at, width), Span<T>.Empty, 0)
                    : 0;
            }
        }
    }

    private void Apply(ReadOnlySpan<T> z)
    {
        switch (output)
        {
            case OutputFunction.Logistic:
                for (int o = 0; o < width; o++)
                {
                    y[o] = Sigmoid(double.CreateTruncating(z[o]));
                }

                break;
            case OutputFunction.Softmax:
                double max = double.NegativeInfinity, sum = 0;
                for (int o = 0; o < width; o++)
                {
                    max = Math.Max(max, double.CreateTruncating(z[o]));
                }

                for (int o = 0; o < width; o++)
                {
                    y[o] = Math.Exp(double.CreateTruncating(z[o]) - max);
                    sum += y[o];
                }

                for (int o = 0; o < width; o++)
                {
                    y[o] /= sum;
                }

                break;
            default:
                for (int o = 0; o < width; o++)
                {
                    y[o] = double.CreateTruncating(z[o]);
                }

                break;
        }
    }

    /// <summary>The unnormalised loss of one row; writes ε = scale·∂(row loss)/∂z when <paramref name="error"/> is not empty.</summary>
    private double Row(ReadOnlySpan<T> z, ReadOnlySpan<T> target, ReadOnlySpan<T> mask, Span<T> error, double scale)
    {
        double masked = 0;
        for (int o = 0; o < width; o++)
        {
            masked += double.CreateTruncating(mask[o]);
        }

        if (masked == 0)
        {
            return 0;
        }

        Apply(z);
        return loss switch
        {
            LossKind.CrossEntropy => CrossEntropyRow(z, target, mask, error, scale),
            LossKind.BinaryCrossEntropy => BinaryCrossEntropyRow(z, target, mask, error, scale),
            _ => SquaredErrorRow(target, mask, error, scale),
        };
    }

    private double SquaredErrorRow(ReadOnlySpan<T> target, ReadOnlySpan<T> mask, Span<T> error, double scale)
    {
        double total = 0, projection = 0;
        Span<double> v = stackalloc double[width];
        for (int o = 0; o < width; o++)
        {
            double m = double.CreateTruncating(mask[o]), diff = y[o] - double.CreateTruncating(target[o]);
            total += m * diff * diff;
            v[o] = 2 * m * diff;
            projection += y[o] * v[o];
        }

        if (!error.IsEmpty)
        {
            for (int o = 0; o < width; o++)
            {
                double chained = output switch
                {
                    OutputFunction.Logistic => v[o] * y[o] * (1 - y[o]),
                    OutputFunction.Softmax => y[o] * (v[o] - projection),
                    _ => v[o],
                };
                error[o] = T.CreateTruncating(scale * chained);
            }
        }

        return total;
    }

    private double CrossEntropyRow(ReadOnlySpan<T> z, ReadOnlySpan<T> target, ReadOnlySpan<T> mask, Span<T> error, double scale)
    {
        double max = double.NegativeInfinity, sum = 0, weight = 0, total = 0;
        for (int o = 0; o < width; o++)
        {
            max = Math.Max(max, double.CreateTruncating(z[o]));
        }

        for (int o = 0; o < width; o++)
        {
            sum += Math.Exp(double.CreateTruncating(z[o]) - max);
        }

        double logSum = Math.Log(sum);
        for (int o = 0; o < width; o++)
        {
            double mt = double.CreateTruncating(mask[o]) * double.CreateTruncating(target[o]);
            weight += mt;
            if (mt != 0)
            {
                total -= mt * (double.CreateTruncating(z[o]) - max - logSum);
            }
        }

        if (!error.IsEmpty)
        {
            for (int o = 0; o < width; o++)
            {
                double mt = double.CreateTruncating(mask[o]) * double.CreateTruncating(target[o]);
                error[o] = T.CreateTruncating(scale * ((y[o] * weight) - mt));
            }
        }

        return total;
    }

    private double BinaryCrossEntropyRow(ReadOnlySpan<T> z, ReadOnlySpan<T> target, ReadOnlySpan<T> mask, Span<T> error, double scale)
    {
        double total = 0, e = bceEpsilon;
        for (int o = 0; o < width; o++)
        {
            double m = double.CreateTruncating(mask[o]), tau = double.CreateTruncating(target[o]), zo = double.CreateTruncating(z[o]);
            if (m == 0)
            {
                if (!error.IsEmpty)
                {
                    error[o] = T.Zero;
                }

                continue;
            }

            double gradient;
            if (e == 0)
            {
                total += m * (Softplus(zo) - (tau * zo));
                gradient = y[o] - tau;
            }
            else
            {
                total -= m * ((tau * Math.Log(y[o] + e)) + ((1 - tau) * Math.Log(1 - y[o] + e)));
                gradient = ((-tau / (y[o] + e)) + ((1 - tau) / (1 - y[o] + e))) * y[o] * (1 - y[o]);
            }

            if (!error.IsEmpty)
            {
                error[o] = T.CreateTruncating(scale * m * gradient);
            }
        }

        return total;
    }

    /// <summary>Binary cross-entropy from logits over one step block (B·n_out values), vectorised.</summary>
    private double BinaryCrossEntropyStep(ReadOnlySpan<T> z, ReadOnlySpan<T> target, ReadOnlySpan<T> mask, Span<T> error, double scale)
    {
        Span<T> work = Workspace.Ensure(ref scratch, z.Length).AsSpan(0, z.Length);
        Span<T> relu = Workspace.Ensure(ref positive, z.Length).AsSpan(0, z.Length);

        // softplus(z) − τz = max(z, 0) + ln(1 + e^{−|z|}) − τz
        TensorPrimitives.Abs(z, work);
        TensorPrimitives.Negate(work, work);
        TensorPrimitives.Exp(work, work);
        TensorPrimitives.LogP1(work, work);
        TensorPrimitives.Max(z, T.Zero, relu);
        TensorPrimitives.Add(work, relu, work);
        TensorPrimitives.Multiply(target, z, relu);
        TensorPrimitives.Subtract(work, relu, work);
        double total = WideSum.Dot<T>(work, mask);
        if (!error.IsEmpty)
        {
            // ε = scale·m·(σ(z) − τ)
            TensorPrimitives.Sigmoid(z, error);
            TensorPrimitives.Subtract(error, target, error);
            TensorPrimitives.Multiply(error, mask, error);
            TensorPrimitives.Multiply(error, T.CreateTruncating(scale), error);
        }

        return total;
    }

    private static double Sigmoid(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));

    private static double Softplus(double z) => Math.Max(z, 0) + Math.Log(1 + Math.Exp(-Math.Abs(z)));
}
