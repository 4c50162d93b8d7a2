using System.Globalization;

namespace RnnTools.Core.Tasks;

/// <summary>When a validation error counts as success (tasks.md §1.3): error ≤ threshold, or error &lt; threshold.</summary>
/// <param name="Threshold">The fraction of wrong sequences (or pairs) compared with, in [0, 1].</param>
/// <param name="Inclusive">True for ≤ (Galvan, hs1997, Pascanu with Strict), false for &lt; (Pascanu's paper rule).</param>
public sealed record SuccessCriterion(double Threshold, bool Inclusive)
{
    /// <summary>Galvan's rule and the common rule: error ≤ 0.01.</summary>
    public static SuccessCriterion Galvan { get; } = new(0.01, true);

    /// <summary>Pascanu's paper rule: error &lt; 1 %.</summary>
    public static SuccessCriterion Pascanu { get; } = new(0.01, false);

    /// <summary>Pascanu's code rule (<c>Strict</c>): no wrong sequence at all.</summary>
    public static SuccessCriterion Strict { get; } = new(0, true);

    /// <summary>Whether <paramref name="error"/> meets the criterion (NaN never does).</summary>
    public bool IsMet(double error) => Inclusive ? error <= Threshold : error < Threshold;

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"error {(Inclusive ? "<=" : "<")} {Threshold}");
}
