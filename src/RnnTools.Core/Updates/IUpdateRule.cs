using System.Numerics;
using RnnTools.Core.Model;
using RnnTools.Core.Optimization;

namespace RnnTools.Core.Updates;

/// <summary>
/// An update rule of training.md §10. Each iteration the loop asks for the point at which to evaluate the loss and
/// gradient (<see cref="LookAhead"/>: θ itself except under Nesterov), then for θ_new (<see cref="Update"/>), which it
/// checks for non-finite values before adopting it (§13.3).
/// </summary>
/// <typeparam name="T">float or double.</typeparam>
public interface IUpdateRule<T> : IStatefulRule
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>The rule's name (<c>plain</c>, <c>momentum</c>, …).</summary>
    string Name { get; }

    /// <summary>Whether <see cref="LookAhead"/> differs from θ (Nesterov), so the loop must evaluate elsewhere.</summary>
    bool UsesLookAhead { get; }

    /// <summary>Writes the evaluation point for this iteration (θ + μ_k·v under Nesterov, else θ) to <paramref name="point"/>.</summary>
    void LookAhead(ReadOnlySpan<T> parameters, Span<T> point);

    /// <summary>
    /// Writes θ_new to <paramref name="result"/> (which may be <paramref name="parameters"/> itself) and advances the
    /// rule's state. All spans have length P = <paramref name="shape"/>.ParameterCount.
    /// </summary>
    /// <param name="shape">The model's sizes (block layout for the cyclic rule).</param>
    /// <param name="parameters">θ (not the look-ahead point).</param>
    /// <param name="direction">d.</param>
    /// <param name="step">α.</param>
    /// <param name="result">θ_new.</param>
    void Update(RnnShape shape, ReadOnlySpan<T> parameters, ReadOnlySpan<T> direction, double step, Span<T> result);
}
