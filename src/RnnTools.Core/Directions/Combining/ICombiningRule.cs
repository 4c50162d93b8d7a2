using System.Numerics;
using RnnTools.Core.Gradients;
using RnnTools.Core.Optimization;

namespace RnnTools.Core.Directions.Combining;

/// <summary>A combining rule of training.md §7: turns the temporal components H (T × P) into a vector c ∈ ℝ^P.</summary>
/// <typeparam name="T">float or double.</typeparam>
public interface ICombiningRule<T> : IStatefulRule
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>The rule's name as in <c>combined:&lt;rule&gt;</c>.</summary>
    string Name { get; }

    /// <summary>Writes c (norm-preserved when the settings say so) to <paramref name="destination"/> (length P).</summary>
    CombinationInfo Combine(ITemporalComponents<T> components, Span<T> destination);
}
