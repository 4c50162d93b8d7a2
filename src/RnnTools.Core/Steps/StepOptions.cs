using RnnTools.Core.Errors;

namespace RnnTools.Core.Steps;

/// <summary>The step options of training.md §13.4 (§9), with their defaults.</summary>
public sealed record StepOptions
{
    /// <summary>The rule.</summary>
    public StepRuleKind StepRule { get; init; } = StepRuleKind.Clipping;

    /// <summary>μ &gt; 0 (μ₀ of the adaptive rules).</summary>
    public double LearningRate { get; init; } = 0.001;

    /// <summary>τ &gt; 0 of §9.2 and §9.4, τ₂ of §9.3 (1; music 3).</summary>
    public double ClipThreshold { get; init; } = 1;

    /// <summary>The norm of §9.2.</summary>
    public ClipNorm ClipNorm { get; init; } = ClipNorm.L2;

    /// <summary>τ_∞ &gt; 0 of §9.3.</summary>
    public double ClipThresholdMaxAbs { get; init; } = 0.1;

    /// <summary>α = μ/‖d‖₂ (§9.1).</summary>
    public bool NormalizedStep { get; init; }

    /// <summary>p_aug ∈ [0, 1] (§9.4, §9.5).</summary>
    public double IncreaseProbability { get; init; } = 0.5;

    /// <summary>β_aug &gt; 1 (§9.4, §9.5).</summary>
    public double IncreaseFactor { get; init; } = 1.5;

    /// <summary>β_less ∈ (0, 1) (§9.4, §9.5).</summary>
    public double DecreaseFactor { get; init; } = 0.5;

    /// <summary>K ≥ 1 (§9.4).</summary>
    public int Tokens { get; init; } = 20;

    /// <summary>w &gt; s (§9.4).</summary>
    public int LossWindow { get; init; } = 100;

    /// <summary>s ≥ 1 (§9.4).</summary>
    public int MeanHistory { get; init; } = 20;

    /// <summary>p_check ∈ (0, 1] (§9.5).</summary>
    public double CheckProbability { get; init; } = 1;

    /// <summary>s₀ &gt; 0 (§9.6).</summary>
    public double ArmijoInitialStep { get; init; } = 1;

    /// <summary>β ∈ (0, 1) (§9.6).</summary>
    public double ArmijoShrink { get; init; } = 0.5;

    /// <summary>c₁ ∈ [0, 1) (§9.6).</summary>
    public double ArmijoC1 { get; init; } = 1e-4;

    /// <summary>max_steps ≥ 1 (§9.6).</summary>
    public int ArmijoMaxSteps { get; init; } = 100;

    /// <summary>Warm start (§9.6).</summary>
    public bool ArmijoWarmStart { get; init; }

    /// <summary>Simplified mode (§9.6).</summary>
    public bool ArmijoSimplified { get; init; }

    /// <summary>The run seed of the rules' own streams.</summary>
    public int Seed { get; init; } = 13;

    /// <summary>Checks every value.</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidHyperParameter"/> naming the option.</exception>
    public void Validate()
    {
        Require(double.IsFinite(LearningRate) && LearningRate > 0, nameof(LearningRate), "must be a finite number > 0.");
        Require(ClipThreshold > 0 && double.IsFinite(ClipThreshold), nameof(ClipThreshold), "must be a finite number > 0.");
        Require(ClipThresholdMaxAbs > 0 && double.IsFinite(ClipThresholdMaxAbs), nameof(ClipThresholdMaxAbs), "must be a finite number > 0.");
        Require(Enum.IsDefined(StepRule), nameof(StepRule), "is not a known rule.");
        Require(Enum.IsDefined(ClipNorm), nameof(ClipNorm), "must be l2 or maxabs.");
        Require(IncreaseProbability is >= 0 and <= 1, nameof(IncreaseProbability), "must be in [0, 1].");
        Require(IncreaseFactor > 1 && double.IsFinite(IncreaseFactor), nameof(IncreaseFactor), "must be a finite number > 1.");
        Require(DecreaseFactor is > 0 and < 1, nameof(DecreaseFactor), "must be in (0, 1).");
        Require(Tokens >= 1, nameof(Tokens), "must be ≥ 1.");
        Require(MeanHistory >= 1, nameof(MeanHistory), "must be ≥ 1.");
        Require(LossWindow > MeanHistory, nameof(LossWindow), "must be greater than MeanHistory.");
        Require(CheckProbability is > 0 and <= 1, nameof(CheckProbability), "must be in (0, 1].");
        Require(ArmijoInitialStep > 0 && double.IsFinite(ArmijoInitialStep), nameof(ArmijoInitialStep), "must be a finite number > 0.");
        Require(ArmijoShrink is > 0 and < 1, nameof(ArmijoShrink), "must be in (0, 1).");
        Require(ArmijoC1 is >= 0 and < 1, nameof(ArmijoC1), "must be in [0, 1).");
        Require(ArmijoMaxSteps >= 1, nameof(ArmijoMaxSteps), "must be ≥ 1.");
        Require(Seed >= 0, nameof(Seed), "must be ≥ 0.");
    }

    private void Require(bool condition, string parameter, string message)
    {
        if (!condition)
        {
            throw RnnToolsException.InvalidParameter(parameter, message, this);
        }
    }
}
