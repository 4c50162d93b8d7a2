using System.Numerics;
using RnnTools.Core.Optimization;

namespace RnnTools.Core.Steps;

/// <summary>The base of the step rules without state.</summary>
/// <typeparam name="T">float or double.</typeparam>
public abstract class StatelessStepRule<T> : IStepRule<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <inheritdoc/>
    public abstract string Name { get; }

    /// <inheritdoc/>
    public abstract StepInfo Step(StepInput<T> input);

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
