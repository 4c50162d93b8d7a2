using System.Numerics;
using RnnTools.Core.Model;

namespace RnnTools.Core.Gradients;

/// <summary>
/// The temporal components H_t of one gradient evaluation (training.md §4.2): H_t is the gradient of the loss with
/// respect to the step-t copy of every variable, and g = Σ_t H_t. Implementations expose norms, cosines and weighted
/// combinations without materialising the T × P matrix H; direction rules (§7-8) consume this interface.
/// </summary>
/// <typeparam name="T">float or double.</typeparam>
public interface ITemporalComponents<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>The model's sizes (and the flat layout of P).</summary>
    RnnShape Shape { get; }

    /// <summary>T, the number of steps (rows of H).</summary>
    int Steps { get; }

    /// <summary>g = Σ_t H_t, flat in the flattening order [W_rec | W_in | W_out | b_rec | b_out].</summary>
    ReadOnlySpan<T> Gradient { get; }

    /// <summary>‖H_t‖₂ for t = 0..T−1 (training.md §4.3 <c>norm_full</c>).</summary>
    ReadOnlySpan<double> Norms { get; }

    /// <summary>The norm of one block of H_t for t = 0..T−1 (<c>norm_W_rec</c> … <c>norm_b_out</c>).</summary>
    ReadOnlySpan<double> BlockNorms(VariableBlock block);

    /// <summary>cos(H_t, g) for t = 0..T−1; NaN where a norm is 0.</summary>
    ReadOnlySpan<double> Cosines { get; }

    /// <summary>
    /// destination = Σ_t w[b, t]·H_t[b] for every block b, with <paramref name="weights"/> of length 5·T, block-major
    /// in flattening order (w[b, t] at index b·T + t). Row normalisation, trust thresholds and rule coefficients are
    /// the caller's: it divides β_t by the norms above before calling. Costs about one gradient's worth of GEMMs.
    /// </summary>
    void Combine(ReadOnlySpan<double> weights, Span<T> destination);

    /// <summary>Whether <see cref="Materialize"/> is allowed (T·P fits comfortably in memory).</summary>
    bool CanMaterialize { get; }

    /// <summary>Writes H as a T × P row-major matrix (row t = H_t flattened).</summary>
    /// <exception cref="InvalidOperationException">H is too large (<see cref="CanMaterialize"/> is false).</exception>
    void Materialize(Span<T> destination);
}
