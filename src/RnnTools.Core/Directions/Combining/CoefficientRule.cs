using RnnTools.Core.Optimization;

namespace RnnTools.Core.Directions.Combining;

/// <summary>
/// A coefficient rule of training.md §7: β_t for t = 0..T−1 from the per-step norms ‖H_t‖ (and, for the random rules,
/// the project's own generator). Stateless by default; the random rules carry their generator state.
/// </summary>
public abstract class CoefficientRule : IStatefulRule
{
    /// <summary>The rule's name as in <c>combined:&lt;rule&gt;</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Whether the rows are normalised (G_t = H_t/‖H_t‖) before the coefficients apply.</summary>
    public abstract bool Normalized { get; }

    /// <summary>Writes β_t for every step; <paramref name="norms"/> and <paramref name="coefficients"/> have length T (may be 0).</summary>
    public abstract void Compute(ReadOnlySpan<double> norms, Span<double> coefficients);

    /// <inheritdoc/>
    public virtual RuleState CaptureState() => RuleState.Empty;

    /// <inheritdoc/>
    public virtual void RestoreState(RuleState state)
    {
    }

    /// <inheritdoc/>
    public void Reset()
    {
    }
}
