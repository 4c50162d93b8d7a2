using System.Numerics;
using System.Numerics.Tensors;
using RnnTools.Core.Optimization;

namespace RnnTools.Core.Steps;

/// <summary>
/// <c>armijo</c> backtracking (training.md §9.6): s ← s₀ (warm start: min(s₀, s_prev/β)); up to max_steps times accept
/// s when L(θ + s·d) ≤ L(θ) + c₁·s·⟨g, d⟩ (simplified: L(θ + s·d) &lt; L(θ)), else s ← β·s. Accepting returns α = s;
/// failing returns α = 0, flagged. <b>Deviations:</b> the simplified rule returns s (not s·β²), may grow under warm
/// start, and prints nothing.
/// </summary>
/// <typeparam name="T">float or double.</typeparam>
public sealed class ArmijoStep<T> : IStepRule<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly ArmijoSettings settings;
    private double previous = double.NaN;

    /// <summary>Creates the rule.</summary>
    /// <exception cref="ArgumentException">A setting is out of its range.</exception>
    public ArmijoStep(ArmijoSettings settings)
    {
        if (!(settings.InitialStep > 0 && settings.Shrink is > 0 and < 1 && settings.C1 is >= 0 and < 1 && settings.MaxSteps >= 1))
        {
            throw new ArgumentException("Armijo needs s₀ > 0, 0 < β < 1, 0 ≤ c₁ < 1 and max_steps ≥ 1.", nameof(settings));
        }

        this.settings = settings;
    }

    /// <inheritdoc/>
    public string Name => "armijo";

    /// <inheritdoc/>
    public StepInfo Step(StepInput<T> input)
    {
        ILossProbe probe = input.RequireProbe(Name);
        double step = settings.WarmStart && !double.IsNaN(previous) ? Math.Min(settings.InitialStep, previous / settings.Shrink) : settings.InitialStep;
        double slope = settings.Simplified ? 0 : settings.C1 * double.CreateTruncating(TensorPrimitives.Dot(input.Gradient, input.Direction));
        for (int trial = 1; trial <= settings.MaxSteps; trial++)
        {
            double loss = probe.LossAt(step);
            if (settings.Simplified ? loss < input.Loss : loss <= input.Loss + (step * slope))
            {
                previous = step;
                return new StepInfo(step) { Evaluations = trial, ArmijoFailed = false };
            }

            step *= settings.Shrink;
        }

        return new StepInfo(0) { Evaluations = settings.MaxSteps, ArmijoFailed = true };
    }

    /// <inheritdoc/>
    public RuleState CaptureState() => RuleState.Empty.With("previous", previous);

    /// <inheritdoc/>
    public void RestoreState(RuleState state) => previous = state.Scalar("previous");

    /// <summary>Nothing to clear: the warm start continues across growth.</summary>
    public void Reset()
    {
    }
}
