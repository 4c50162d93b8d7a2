using System.Numerics;
using RnnTools.Core.Optimization;

namespace RnnTools.Core.Steps;

/// <summary>A step (learning-rate) rule of training.md §9: returns α ≥ 0; the plain update is θ ← θ + α·d.</summary>
/// <typeparam name="T">float or double.</typeparam>
public interface IStepRule<T> : IStatefulRule
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>The rule's name (<c>constant</c>, <c>clipping</c>, …).</summary>
    string Name { get; }

    /// <summary>α for this iteration (stateful rules advance their state).</summary>
    StepInfo Step(StepInput<T> input);
}
