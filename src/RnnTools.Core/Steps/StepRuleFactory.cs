using System.Numerics;
using RnnTools.Core.Errors;

namespace RnnTools.Core.Steps;

/// <summary>Builds the step rule that <see cref="StepOptions"/> select (training.md §9).</summary>
public static class StepRuleFactory
{
    /// <summary>Validates the options and builds the rule (its own streams seeded from <see cref="StepOptions.Seed"/>).</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidHyperParameter"/> naming the option.</exception>
    public static IStepRule<T> Create<T>(StepOptions options)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        options.Validate();
        return options.StepRule switch
        {
            StepRuleKind.Constant => new ConstantStep<T>(options.LearningRate, options.NormalizedStep),
            StepRuleKind.Clipping => new ClippingStep<T>(options.LearningRate, options.ClipThreshold, options.ClipNorm),
            StepRuleKind.TwoThreshold => new TwoThresholdStep<T>(options.LearningRate, options.ClipThreshold, options.ClipThresholdMaxAbs),
            StepRuleKind.Adaptive => new AdaptiveTokenStep<T>(
                new AdaptiveStepSettings(options.LearningRate, options.IncreaseProbability, options.Tokens, options.IncreaseFactor,
                    options.DecreaseFactor, options.LossWindow, options.MeanHistory, options.ClipThreshold), options.Seed),
            StepRuleKind.Probabilistic => new ProbabilisticSearchStep<T>(
                options.LearningRate, options.CheckProbability, options.IncreaseProbability, options.IncreaseFactor, options.DecreaseFactor, options.Seed),
            _ => new ArmijoStep<T>(new ArmijoSettings(
                options.ArmijoInitialStep, options.ArmijoShrink, options.ArmijoC1, options.ArmijoMaxSteps, options.ArmijoWarmStart, options.ArmijoSimplified)),
        };
    }
}
