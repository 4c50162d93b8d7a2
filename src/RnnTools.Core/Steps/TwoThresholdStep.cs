using System.Numerics;

namespace RnnTools.Core.Steps;

/// <summary>
/// <c>two-threshold</c> clipping (post-thesis <c>GradientClippingExp</c>, training.md §9.3):
/// α = μ·min(1, τ_∞/n_∞, τ₂/n₂), a non-finite norm contributing 1, so the step has max-abs ≤ μτ_∞ and L2 norm ≤ μτ₂.
/// <b>Deviation:</b> the original tested n₂/s against τ₂; this applies the intended joint bound.
/// </summary>
/// <typeparam name="T">float or double.</typeparam>
/// <param name="learningRate">μ &gt; 0.</param>
/// <param name="threshold">τ₂ &gt; 0.</param>
/// <param name="maxAbsThreshold">τ_∞ &gt; 0.</param>
public sealed class TwoThresholdStep<T>(double learningRate, double threshold, double maxAbsThreshold) : StatelessStepRule<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <inheritdoc/>
    public override string Name => "two-threshold";

    /// <inheritdoc/>
    public override StepInfo Step(StepInput<T> input)
    {
        double factor = Math.Min(1.0, Math.Min(Factor(maxAbsThreshold, DirectionNorms.MaxAbs(input.Direction)), Factor(threshold, DirectionNorms.L2(input.Direction))));
        return new StepInfo(learningRate * factor);
    }

    private static double Factor(double bound, double n) => double.IsFinite(n) && n > 0 ? bound / n : 1.0;
}
