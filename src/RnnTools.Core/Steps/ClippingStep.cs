using System.Numerics;

namespace RnnTools.Core.Steps;

/// <summary>
/// <c>clipping</c>, the thesis' SGD-C (training.md §9.2): n = ‖d‖₂ or max|d_i|; α = μ if n ≤ τ, μ·τ/n if n &gt; τ, so
/// the step α·d has norm min(μn, μτ). A NaN or infinite n returns α = μ, as the original (the loop catches the
/// non-finite direction).
/// </summary>
/// <typeparam name="T">float or double.</typeparam>
/// <param name="learningRate">μ &gt; 0.</param>
/// <param name="threshold">τ &gt; 0.</param>
/// <param name="norm">Which norm is tested.</param>
public sealed class ClippingStep<T>(double learningRate, double threshold, ClipNorm norm) : StatelessStepRule<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <inheritdoc/>
    public override string Name => "clipping";

    /// <inheritdoc/>
    public override StepInfo Step(StepInput<T> input)
    {
        double n = norm == ClipNorm.L2 ? DirectionNorms.L2(input.Direction) : DirectionNorms.MaxAbs(input.Direction);
        return new StepInfo(double.IsFinite(n) && n > threshold ? learningRate * threshold / n : learningRate);
    }
}
