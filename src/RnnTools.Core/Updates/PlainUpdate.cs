using System.Numerics;
using System.Numerics.Tensors;
using RnnTools.Core.Model;
using RnnTools.Core.Optimization;

namespace RnnTools.Core.Updates;

/// <summary><c>plain</c> (training.md §10, all thesis runs): θ ← θ + α·d.</summary>
/// <typeparam name="T">float or double.</typeparam>
public sealed class PlainUpdate<T> : IUpdateRule<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <inheritdoc/>
    public string Name => "plain";

    /// <inheritdoc/>
    public bool UsesLookAhead => false;

    /// <inheritdoc/>
    public void LookAhead(ReadOnlySpan<T> parameters, Span<T> point) => parameters.CopyTo(point);

    /// <inheritdoc/>
    public void Update(RnnShape shape, ReadOnlySpan<T> parameters, ReadOnlySpan<T> direction, double step, Span<T> result) =>
        TensorPrimitives.MultiplyAdd(direction, T.CreateTruncating(step), parameters, result);

    /// <inheritdoc/>
    public RuleState CaptureState() => RuleState.Empty;

    /// <inheritdoc/>
    public void RestoreState(RuleState state)
    {
    }

    /// <inheritdoc/>
    public void Reset()
    {
    }
}
