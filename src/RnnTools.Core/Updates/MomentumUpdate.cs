using System.Numerics;

namespace RnnTools.Core.Updates;

/// <summary>
/// <c>momentum</c>, heavy ball (training.md §10, thesis ch. 1): v ← γ·v + α·d (v₀ = 0); θ ← θ + v. With d = −g this is
/// classical momentum (Sutskever's "M"). γ may follow a schedule.
/// </summary>
/// <typeparam name="T">float or double.</typeparam>
/// <param name="momentum">γ ∈ [0, 1) (Galvan default 0.1), or μ_max / μ₀ under a schedule.</param>
/// <param name="schedule">How γ evolves with the update counter.</param>
public sealed class MomentumUpdate<T>(double momentum, MomentumSchedule schedule) : VelocityUpdate<T>(momentum, schedule)
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <inheritdoc/>
    public override string Name => "momentum";

    /// <inheritdoc/>
    public override bool UsesLookAhead => false;

    /// <inheritdoc/>
    public override void LookAhead(ReadOnlySpan<T> parameters, Span<T> point) => parameters.CopyTo(point);
}
