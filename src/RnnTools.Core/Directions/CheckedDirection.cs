using System.Numerics;
using System.Numerics.Tensors;
using RnnTools.Core.Optimization;

namespace RnnTools.Core.Directions;

/// <summary>
/// <c>checked(primary, max_cos, ψ)</c>, conditional switching (training.md §8): d ← primary; if cos(d, g) ≥ max_cos or
/// NaN, d ← −g (reason <c>cos</c>); otherwise if ‖d‖₂ &gt; ψ, d ← −g (reason <c>norm</c>). The first reason that
/// applies is reported. ψ = ∞ gives the thesis' plain "simplex" (cosine check only).
/// </summary>
/// <typeparam name="T">float or double.</typeparam>
public sealed class CheckedDirection<T> : IDirectionRule<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly IDirectionRule<T> primary;
    private readonly double maxCos;
    private readonly double psi;

    /// <summary>Creates the rule.</summary>
    /// <param name="primary">The primary direction (thesis: <c>combined(simplex)</c>).</param>
    /// <param name="maxCos">max_cos (thesis 0): a primary at a cosine ≥ this with g is rejected.</param>
    /// <param name="psi">ψ &gt; 0 (thesis 0.5 Addition, 0.9 TemporalOrder; ∞ disables the norm test).</param>
    public CheckedDirection(IDirectionRule<T> primary, double maxCos, double psi)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(psi);
        this.primary = primary;
        this.maxCos = maxCos;
        this.psi = psi;
    }

    /// <inheritdoc/>
    public string Name => $"checked({primary.Name})";

    /// <inheritdoc/>
    public DirectionInfo Compute(DirectionInput<T> input, Span<T> direction)
    {
        DirectionInfo primaryInfo = primary.Compute(input, direction);
        double cos = primaryInfo.DirCos;
        SwitchReason reason = !(cos < maxCos) ? SwitchReason.Cos : primaryInfo.DirNorm > psi ? SwitchReason.Norm : SwitchReason.None;
        if (reason == SwitchReason.None)
        {
            return primaryInfo with { Switched = reason, PrimaryCos = cos };
        }

        TensorPrimitives.Negate(input.Gradient, direction);
        return DirectionInfo.Of<T>(direction, input.Gradient) with
        {
            Switched = reason,
            PrimaryCos = cos,
            DbGNorm = primaryInfo.DbGNorm,
            EquiCos = primaryInfo.EquiCos,
            CombinationFallback = primaryInfo.CombinationFallback,
        };
    }

    /// <inheritdoc/>
    public RuleState CaptureState() => primary.CaptureState();

    /// <inheritdoc/>
    public void RestoreState(RuleState state) => primary.RestoreState(state);

    /// <inheritdoc/>
    public void Reset() => primary.Reset();
}
