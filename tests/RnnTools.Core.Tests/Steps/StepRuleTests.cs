using RnnTools.Core.Errors;
using RnnTools.Core.Random;
using RnnTools.Core.Steps;

namespace RnnTools.Core.Tests.Steps;

public sealed class StepRuleTests
{
    private static StepInfo Step<TRule>(TRule rule, double[] d, double loss = 1, ILossProbe? probe = null, double[]? g = null)
        where TRule : IStepRule<double> => rule.Step(new StepInput<double>(d, g ?? [.. d.Select(x => -x)], loss, probe));

    [Fact]
    public void Constant_IsMu_OrMuOverNorm()
    {
        Assert.Equal(0.01, Step(new ConstantStep<double>(0.01, false), [3, 4]).StepSize);
        Assert.Equal(0.002, Step(new ConstantStep<double>(0.01, true), [3, 4]).StepSize, 15);
    }

    [Theory]
    [InlineData(0.5, 0.1)] // below τ: μ
    [InlineData(1.0, 0.1)] // at τ: μ
    [InlineData(4.0, 0.025)] // above τ: μτ/n
    public void Clipping_L2_AtAboveAndBelowTheThreshold(double norm, double expected)
    {
        double[] d = [0.6 * norm, 0.8 * norm];
        StepInfo info = Step(new ClippingStep<double>(0.1, 1, ClipNorm.L2), d);
        Assert.Equal(expected, info.StepSize, 15);
        Assert.True(info.StepSize * Math.Sqrt((d[0] * d[0]) + (d[1] * d[1])) <= (0.1 * 1) + 1e-15);
    }

    [Fact]
    public void Clipping_MaxAbs_TestsTheLargestEntry()
    {
        Assert.Equal(0.1 * 2 / 5, Step(new ClippingStep<double>(0.1, 2, ClipNorm.MaxAbs), [1, -5, 3]).StepSize, 15);
        Assert.Equal(0.1, Step(new ClippingStep<double>(0.1, 5, ClipNorm.MaxAbs), [1, -5, 3]).StepSize);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Clipping_NonFiniteNorm_ReturnsMu(double entry)
    {
        Assert.Equal(0.1, Step(new ClippingStep<double>(0.1, 1, ClipNorm.L2), [entry, 1]).StepSize);
        Assert.Equal(0.1, Step(new ClippingStep<double>(0.1, 1, ClipNorm.MaxAbs), [entry, 1]).StepSize);
    }

    [Fact]
    public void Clipping_Float_Works()
    {
        Assert.Equal(0.025, new ClippingStep<float>(0.1, 1, ClipNorm.L2).Step(new StepInput<float>([2.4f, 3.2f], [0f, 0f], 1, null)).StepSize, 7);
    }

    [Fact]
    public void TwoThreshold_AppliesTheJointBound()
    {
        var rule = new TwoThresholdStep<double>(0.1, 1, 0.1);
        // n∞ = 0.5 gives τ∞/n∞ = 0.2; n₂ = 0.71 gives more than 1: α = μ·0.2.
        Assert.Equal(0.02, Step(rule, [0.5, -0.5]).StepSize, 15);
        double[] d = [0.3, 4];
        StepInfo info = Step(rule, d);
        Assert.Equal(0.1 * Math.Min(0.1 / 4, 1 / Math.Sqrt(16.09)), info.StepSize, 15);
        Assert.True(info.StepSize * 4 <= 0.1 * 0.1 + 1e-15);
        Assert.Equal(0.1, Step(rule, [0.01, 0.02]).StepSize);
        Assert.Equal(0.1, Step(rule, [double.NaN, 1]).StepSize);
    }

    [Fact]
    public void Adaptive_FillsTheWindowThenSpendsTokensAndShrinks()
    {
        // w = 3, s = 2, K = 1: adaptation starts at the 4th call.
        var rule = new AdaptiveTokenStep<double>(new AdaptiveStepSettings(LearningRate: 0.1, Tokens: 1, LossWindow: 3, MeanHistory: 2, ClipThreshold: 10), 1);
        double[] d = [1];
        for (int i = 0; i < 3; i++)
        {
            StepInfo filling = Step(rule, d, loss: 1);
            Assert.Null(filling.Increase);
            Assert.Equal(0.1, filling.StepSize);
        }

        // Window (1, 1, 2): mean 4/3 > previous mean 1 → increase: spend the token.
        StepInfo first = Step(rule, d, loss: 2);
        Assert.True(first.Increase);
        Assert.Equal(0, first.Tokens);
        Assert.Equal(0.1, first.StepSize);

        // Window (1, 2, 3): mean 2 > 4/3 → increase with no token left: μ ← 0.5·μ, K tokens again.
        StepInfo second = Step(rule, d, loss: 3);
        Assert.True(second.Increase);
        Assert.Equal(1, second.Tokens);
        Assert.Equal(0.05, second.StepSize, 15);
    }

    [Fact]
    public void Adaptive_FullTokensAndFallingLoss_GrowsWithProbabilityPAug()
    {
        var settings = new AdaptiveStepSettings(LearningRate: 0.1, IncreaseProbability: 0.5, Tokens: 2, LossWindow: 2, MeanHistory: 1, ClipThreshold: 1);
        var rule = new AdaptiveTokenStep<double>(settings, 4);
        ProjectRandom random = ProjectRandom.ForPurpose(4, "step:adaptive");
        double rate = 0.1;
        double loss = 10;
        for (int i = 0; i < 10; i++)
        {
            StepInfo info = Step(rule, [0.5], loss: loss--);
            if (i >= 2)
            {
                // s = 1: m_old is this iteration's own mean, so never an increase; tokens stay full.
                Assert.False(info.Increase);
                rate *= random.Bernoulli(0.5) ? 1.5 : 1;
            }

            Assert.Equal(rate, info.StepSize, 15);
        }
    }

    [Fact]
    public void Adaptive_ClipsLongDirections()
    {
        var rule = new AdaptiveTokenStep<double>(new AdaptiveStepSettings(LearningRate: 0.1, ClipThreshold: 1), 1);
        Assert.Equal(0.1 / 5, Step(rule, [3, 4]).StepSize, 15);
        Assert.Equal(0.1, Step(rule, [double.NaN]).StepSize);
    }

    [Fact]
    public void Adaptive_RejectsInvalidFactors()
    {
        Assert.Throws<ArgumentException>(() => new AdaptiveTokenStep<double>(new AdaptiveStepSettings(IncreaseFactor: 0.1), 1));
        Assert.Throws<ArgumentException>(() => new AdaptiveTokenStep<double>(new AdaptiveStepSettings(LossWindow: 20, MeanHistory: 20), 1));
    }

    [Fact]
    public void Adaptive_CaptureRestore_ContinuesIdentically()
    {
        var settings = new AdaptiveStepSettings(LearningRate: 0.1, Tokens: 1, LossWindow: 4, MeanHistory: 2);
        var rule = new AdaptiveTokenStep<double>(settings, 8);
        double[] losses = [5, 4, 6, 3, 7, 2, 8, 9, 1, 1, 1, 5, 6, 7, 8];
        for (int i = 0; i < 6; i++)
        {
            Step(rule, [1], losses[i]);
        }

        var copy = new AdaptiveTokenStep<double>(settings, 99);
        copy.RestoreState(rule.CaptureState());
        for (int i = 6; i < losses.Length; i++)
        {
            Assert.Equal(Step(rule, [1], losses[i]), Step(copy, [1], losses[i]));
        }
    }

    [Fact]
    public void Probabilistic_ShrinksWhenTheTrialIsWorse_ElseGrowsWithPAug()
    {
        var probe = new FunctionProbe(step => step > 0.05 ? 2.0 : 0.5);
        var rule = new ProbabilisticSearchStep<double>(0.1, 1, 0.5, 1.5, 0.5, 3);
        StepInfo first = Step(rule, [1], loss: 1, probe);
        Assert.Equal(0.05, first.StepSize, 15);
        Assert.Equal(1, first.Evaluations);
        Assert.Equal([0.1], probe.Steps);

        ProjectRandom random = ProjectRandom.ForPurpose(3, "step:probabilistic");
        random.Bernoulli(1); // the first iteration's check
        random.Bernoulli(1);
        bool grows = random.Bernoulli(0.5);
        Assert.Equal(grows ? 0.075 : 0.05, Step(rule, [1], loss: 1, probe).StepSize, 15);
    }

    [Fact]
    public void Probabilistic_NoProbe_IsAProgrammingError()
    {
        Assert.Throws<InvalidOperationException>(() => Step(new ProbabilisticSearchStep<double>(0.1, 1, 0.5, 1.5, 0.5, 3), [1]));
    }

    [Fact]
    public void Armijo_AcceptsTheFirstSufficientDecrease()
    {
        // L(θ + s·d) = (1 − s)² with L(θ) = 1, d = 1, g = −2: ⟨g, d⟩ = −2.
        var probe = new FunctionProbe(s => (1 - s) * (1 - s));
        var rule = new ArmijoStep<double>(new ArmijoSettings(InitialStep: 4, Shrink: 0.5, C1: 0.5));
        StepInfo info = Step(rule, [1], loss: 1, probe, g: [-2]);
        // s = 4: 9 > 1 − 4; s = 2: 1 > 1 − 2; s = 1: 0 ≤ 1 − 1 → accept.
        Assert.Equal(1.0, info.StepSize);
        Assert.Equal(3, info.Evaluations);
        Assert.False(info.ArmijoFailed);
        Assert.Equal([4.0, 2, 1], probe.Steps);
    }

    [Fact]
    public void Armijo_WarmStart_StartsFromPreviousOverBeta()
    {
        var probe = new FunctionProbe(s => (1 - s) * (1 - s));
        var rule = new ArmijoStep<double>(new ArmijoSettings(InitialStep: 8, Shrink: 0.5, C1: 0.5, WarmStart: true));
        Step(rule, [1], loss: 1, probe, g: [-2]);
        probe.Steps.Clear();
        Step(rule, [1], loss: 1, probe, g: [-2]);
        Assert.Equal(2.0, probe.Steps[0]); // min(8, 1/0.5)
    }

    [Fact]
    public void Armijo_Simplified_NeedsStrictDecrease_AndFailureIsZeroFlagged()
    {
        var flat = new FunctionProbe(_ => 1.0);
        StepInfo info = Step(new ArmijoStep<double>(new ArmijoSettings(MaxSteps: 5, Simplified: true)), [1], loss: 1, flat, g: [-1]);
        Assert.Equal(0.0, info.StepSize);
        Assert.True(info.ArmijoFailed);
        Assert.Equal(5, info.Evaluations);
        Assert.Equal([1.0, 0.5, 0.25, 0.125, 0.0625], flat.Steps);

        var lower = new FunctionProbe(s => 1 - (s * 1e-12));
        Assert.Equal(1.0, Step(new ArmijoStep<double>(new ArmijoSettings(Simplified: true)), [1], loss: 1, lower, g: [-1]).StepSize);
    }

    [Fact]
    public void Factory_BuildsEveryRule_AndValidates()
    {
        foreach (StepRuleKind kind in Enum.GetValues<StepRuleKind>())
        {
            Assert.NotNull(StepRuleFactory.Create<float>(new StepOptions { StepRule = kind }));
        }

        Assert.IsType<ClippingStep<double>>(StepRuleFactory.Create<double>(new StepOptions()));
        Assert.StartsWith("LossWindow:", Assert.Throws<RnnToolsException>(() => StepRuleFactory.Create<double>(new StepOptions { LossWindow = 20 })).Message);
        Assert.StartsWith("IncreaseFactor:", Assert.Throws<RnnToolsException>(() => StepRuleFactory.Create<double>(new StepOptions { IncreaseFactor = 0.1 })).Message);
        Assert.StartsWith("LearningRate:", Assert.Throws<RnnToolsException>(() => StepRuleFactory.Create<double>(new StepOptions { LearningRate = 0 })).Message);
    }

    private sealed class FunctionProbe(Func<double, double> loss) : ILossProbe
    {
        public List<double> Steps { get; } = [];

        public double LossAt(double step)
        {
            Steps.Add(step);
            return loss(step);
        }
    }
}
