using System.Numerics;
using System.Numerics.Tensors;
using RnnTools.Core.Gradients;

namespace RnnTools.Core.Engine;

/// <summary>
/// The temporal components of one bias: H_t[b] = Σ_b δ_{t,b} (b_rec) or Σ_b ε_{t,b} (b_out), kept as a T × length
/// table of step sums, from which the gradient, norms, dots and combinations follow directly.
/// </summary>
internal sealed class BiasComponent<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public BiasComponent(VariableBlock block, int offset, int length)
    {
        Block = block;
        Offset = offset;
        Length = length;
    }

    /// <summary>Which variable this is.</summary>
    public VariableBlock Block { get; }

    /// <summary>Offset of the variable in the flat parameter vector.</summary>
    public int Offset { get; }

    /// <summary>The bias length (n_h or n_out).</summary>
    public int Length { get; }

    /// <summary>g[b] = Σ_t H_t[b].</summary>
    public void Gradient(ReadOnlySpan<T> sums, int steps, Span<T> gradient)
    {
        gradient.Clear();
        for (int t = 0; t < steps; t++)
        {
            TensorPrimitives.Add(gradient, Step(sums, t), gradient);
        }
    }

    /// <summary>‖H_t[b]‖² for every step.</summary>
    public void Norms(ReadOnlySpan<T> sums, int steps, Span<double> squares)
    {
        for (int t = 0; t < steps; t++)
        {
            squares[t] = WideSum.SumOfSquares(Step(sums, t));
        }
    }

    /// <summary>Adds ⟨H_t[b], v⟩ to dots[t].</summary>
    public void Dots(ReadOnlySpan<T> sums, int steps, ReadOnlySpan<T> v, Span<double> dots)
    {
        for (int t = 0; t < steps; t++)
        {
            dots[t] += WideSum.Dot(Step(sums, t), v);
        }
    }

    /// <summary>destination = Σ_t w_t·H_t[b].</summary>
    public void Combine(ReadOnlySpan<T> sums, int steps, ReadOnlySpan<double> weights, Span<T> destination)
    {
        destination.Clear();
        for (int t = 0; t < steps; t++)
        {
            if (weights[t] != 0)
            {
                TensorPrimitives.MultiplyAdd(Step(sums, t), T.CreateTruncating(weights[t]), destination, destination);
            }
        }
    }

    /// <summary>The component H_t[b] of one step.</summary>
    public ReadOnlySpan<T> Step(ReadOnlySpan<T> sums, int t) => sums.Slice(t * Length, Length);
}
