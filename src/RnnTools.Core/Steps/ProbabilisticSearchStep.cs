using System.Numerics;
using RnnTools.Core.Optimization;
using RnnTools.Core.Random;

namespace RnnTools.Core.Steps;

/// <summary>
/// <c>probabilistic</c> search (post-thesis <c>ProbabilisticSearch</c>, training.md §9.5): with probability p_check
/// evaluate L(θ + μ·d); if it exceeds L(θ), μ ← β_less·μ, otherwise with probability p_aug, μ ← β_aug·μ. Returns the
/// (possibly updated) μ, kept for the next iteration. Draws: the check, then (when not worse) the increase.
/// <b>Deviation:</b> the trial loss uses the batch's mask (the original dropped it); default β_aug 1.5.
/// </summary>
/// <typeparam name="T">float or double.</typeparam>
public sealed class ProbabilisticSearchStep<T> : IStepRule<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly double checkProbability;
    private readonly double increaseProbability;
    private readonly double increaseFactor;
    private readonly double decreaseFactor;
    private ProjectRandom random;
    private double rate;

    /// <summary>Creates the rule.</summary>
    /// <param name="learningRate">μ₀ &gt; 0.</param>
    /// <param name="checkProbability">p_check ∈ (0, 1].</param>
    /// <param name="increaseProbability">p_aug ∈ [0, 1].</param>
    /// <param name="increaseFactor">β_aug &gt; 1.</param>
    /// <param name="decreaseFactor">β_less ∈ (0, 1).</param>
    /// <param name="seed">The run seed of <c>ProjectRandom.ForPurpose(seed, "step:probabilistic")</c>.</param>
    /// <exception cref="ArgumentException">A value is out of its range.</exception>
    public ProbabilisticSearchStep(double learningRate, double checkProbability, double increaseProbability, double increaseFactor, double decreaseFactor, long seed)
    {
        if (!(checkProbability is > 0 and <= 1 && increaseProbability is >= 0 and <= 1 && increaseFactor > 1 && decreaseFactor is > 0 and < 1))
        {
            throw new ArgumentException("Probabilistic search needs 0 < p_check ≤ 1, 0 ≤ p_aug ≤ 1, β_aug > 1 and 0 < β_less < 1.");
        }

        this.checkProbability = checkProbability;
        this.increaseProbability = increaseProbability;
        this.increaseFactor = increaseFactor;
        this.decreaseFactor = decreaseFactor;
        random = ProjectRandom.ForPurpose(seed, "step:probabilistic");
        rate = learningRate;
    }

    /// <inheritdoc/>
    public string Name => "probabilistic";

    /// <inheritdoc/>
    public StepInfo Step(StepInput<T> input)
    {
        int evaluations = 0;
        if (random.Bernoulli(checkProbability))
        {
            evaluations = 1;
            if (input.RequireProbe(Name).LossAt(rate) > input.Loss)
            {
                rate *= decreaseFactor;
            }
            else if (random.Bernoulli(increaseProbability))
            {
                rate *= increaseFactor;
            }
        }

        return new StepInfo(rate) { Evaluations = evaluations, LearningRate = rate };
    }

    /// <inheritdoc/>
    public RuleState CaptureState() => RuleState.Empty.With("rate", rate).With("random", random.Snapshot());

    /// <inheritdoc/>
    public void RestoreState(RuleState state)
    {
        rate = state.Scalar("rate");
        random = ProjectRandom.Restore(state.Word("random"));
    }

    /// <summary>Nothing to clear: μ and the stream continue across growth.</summary>
    public void Reset()
    {
    }
}
