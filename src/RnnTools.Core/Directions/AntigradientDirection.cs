using System.Numerics;
using System.Numerics.Tensors;
using RnnTools.Core.Optimization;

namespace RnnTools.Core.Directions;

/// <summary><c>antigradient</c> (training.md §8): d = −g, g the total gradient (regularisers included).</summary>
/// <typeparam name="T">float or double.</typeparam>
public sealed class AntigradientDirection<T> : IDirectionRule<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <inheritdoc/>
    public string Name => "antigradient";

    /// <inheritdoc/>
    public DirectionInfo Compute(DirectionInput<T> input, Span<T> direction)
    {
        TensorPrimitives.Negate(input.Gradient, direction);
        return DirectionInfo.Of<T>(direction, input.Gradient);
    }

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
