using System.Numerics;
using System.Numerics.Tensors;
using RnnTools.Core.Directions.Combining;
using RnnTools.Core.Optimization;

namespace RnnTools.Core.Directions;

/// <summary>
/// <c>combined(rule)</c> (training.md §8): d = −c with c the norm-preserved combination of §7; a regularisation term
/// is subtracted after norm preservation (d ← d − r, §11.1 and §11.3).
/// </summary>
/// <typeparam name="T">float or double.</typeparam>
/// <param name="rule">The combining rule.</param>
public sealed class CombinedDirection<T>(ICombiningRule<T> rule) : IDirectionRule<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <inheritdoc/>
    public string Name => "combined:" + rule.Name;

    /// <inheritdoc/>
    public DirectionInfo Compute(DirectionInput<T> input, Span<T> direction)
    {
        CombinationInfo combination = rule.Combine(input.Components, direction);
        TensorPrimitives.Negate(direction, direction);
        if (!input.Regularization.IsEmpty)
        {
            TensorPrimitives.Subtract(direction, input.Regularization, direction);
        }

        return DirectionInfo.Of<T>(direction, input.Gradient).WithCombination(combination);
    }

    /// <inheritdoc/>
    public RuleState CaptureState() => rule.CaptureState();

    /// <inheritdoc/>
    public void RestoreState(RuleState state) => rule.RestoreState(state);

    /// <inheritdoc/>
    public void Reset() => rule.Reset();
}
