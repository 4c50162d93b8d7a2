using System.Numerics;
using RnnTools.Core.Optimization;

namespace RnnTools.Core.Directions;

/// <summary>A direction rule of training.md §8: returns d ∈ ℝ^P; the update adds α·d.</summary>
/// <typeparam name="T">float or double.</typeparam>
public interface IDirectionRule<T> : IStatefulRule
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>The rule's name (<c>antigradient</c>, <c>combined:simplex</c>, <c>checked(…)</c>, …).</summary>
    string Name { get; }

    /// <summary>Writes d to <paramref name="direction"/> (length P, not aliasing the input) and reports on it.</summary>
    DirectionInfo Compute(DirectionInput<T> input, Span<T> direction);
}
