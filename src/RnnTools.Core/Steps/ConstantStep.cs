using System.Numerics;

namespace RnnTools.Core.Steps;

/// <summary><c>constant</c> (training.md §9.1): α = μ, or μ/‖d‖₂ when normalised.</summary>
/// <typeparam name="T">float or double.</typeparam>
/// <param name="learningRate">μ &gt; 0.</param>
/// <param name="normalized">α = μ/‖d‖₂ instead of μ.</param>
public sealed class ConstantStep<T>(double learningRate, bool normalized) : StatelessStepRule<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <inheritdoc/>
    public override string Name => "constant";

    /// <inheritdoc/>
    public override StepInfo Step(StepInput<T> input) =>
        new(normalized ? learningRate / DirectionNorms.L2(input.Direction) : learningRate);
}
