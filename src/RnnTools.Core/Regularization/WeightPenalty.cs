using System.Numerics;
using System.Numerics.Tensors;
using RnnTools.Core.Model;

namespace RnnTools.Core.Regularization;

/// <summary>
/// L1 and L2 weight penalties (training.md §11.3): R(θ) = (λ₂/2)·Σ_W ‖W‖_F² + λ₁·Σ_W Σ_ij |w_ij| over W_rec, W_in and
/// W_out (and the biases with <see cref="PenaltyOptions.PenalizeBiases"/>), gradient λ₂·W + λ₁·sign(W) with sign(0) = 0.
/// The loop adds the gradient to g after forming H (H stays loss-only) and passes it to the direction rule as r.
/// </summary>
public sealed class WeightPenalty
{
    private readonly double l1;
    private readonly double l2;
    private readonly bool biases;

    /// <summary>Creates the penalty from validated options.</summary>
    /// <exception cref="Errors.RnnToolsException">An option is out of range.</exception>
    public WeightPenalty(PenaltyOptions options)
    {
        options.Validate();
        l1 = options.L1;
        l2 = options.L2;
        biases = options.PenalizeBiases;
    }

    /// <summary>Whether R is not identically 0.</summary>
    public bool IsActive => l1 > 0 || l2 > 0;

    /// <summary>R(θ).</summary>
    public double Value<T>(ReadOnlySpan<T> parameters, RnnShape shape)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ReadOnlySpan<T> penalized = Penalized(parameters, shape);
        double squares = l2 > 0 ? double.CreateTruncating(TensorPrimitives.SumOfSquares(penalized)) : 0;
        double magnitudes = l1 > 0 ? double.CreateTruncating(TensorPrimitives.SumOfMagnitudes(penalized)) : 0;
        return (l2 / 2 * squares) + (l1 * magnitudes);
    }

    /// <summary>gradient ← gradient + ∇R(θ) (only the penalised entries change).</summary>
    public void AddGradient<T>(ReadOnlySpan<T> parameters, RnnShape shape, Span<T> gradient)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ReadOnlySpan<T> penalized = Penalized(parameters, shape);
        Span<T> target = gradient[..penalized.Length];
        if (l2 > 0)
        {
            TensorPrimitives.MultiplyAdd(penalized, T.CreateTruncating(l2), target, target);
        }

        if (l1 > 0)
        {
            T lambda = T.CreateTruncating(l1);
            for (int i = 0; i < penalized.Length; i++)
            {
                if (penalized[i] > T.Zero)
                {
                    target[i] += lambda;
                }
                else if (penalized[i] < T.Zero)
                {
                    target[i] -= lambda;
                }
            }
        }
    }

    /// <summary>The penalised prefix of θ: the weight matrices (offsets 0..b_rec), plus the biases when they count.</summary>
    private ReadOnlySpan<T> Penalized<T>(ReadOnlySpan<T> parameters, RnnShape shape) =>
        parameters[..(biases ? shape.ParameterCount : shape.BRecOffset)];
}
