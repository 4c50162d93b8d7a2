using System.Numerics;
using System.Numerics.Tensors;

namespace RnnTools.Core.Updates;

/// <summary>
/// <c>nesterov</c> (Sutskever et al. 2013, eq. 3–4; training.md §10): the loss, H, g, d and α of iteration k are
/// evaluated at the look-ahead point θ̃ = θ + μ_k·v; then v ← μ_k·v + α·d(θ̃) and θ ← θ + v.
/// </summary>
/// <typeparam name="T">float or double.</typeparam>
/// <param name="momentum">μ ∈ [0, 1) (μ_max or μ₀ under a schedule).</param>
/// <param name="schedule">How μ evolves with the update counter.</param>
public sealed class NesterovUpdate<T>(double momentum, MomentumSchedule schedule) : VelocityUpdate<T>(momentum, schedule)
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <inheritdoc/>
    public override string Name => "nesterov";

    /// <inheritdoc/>
    public override bool UsesLookAhead => true;

    /// <inheritdoc/>
    public override void LookAhead(ReadOnlySpan<T> parameters, Span<T> point) =>
        TensorPrimitives.MultiplyAdd(Velocity(parameters.Length), T.CreateTruncating(CurrentMomentum), parameters, point);
}
