using RnnTools.Core.Tasks;
using RnnTools.Core.Tasks.ErrorRules;

namespace RnnTools.Core.Tests.Tasks.ErrorRules;

public sealed class ThresholdErrorRuleTests
{
    [Fact]
    public void Abs_Exclusive_CountsSequencesBeyondTheThreshold_IgnoringUnmaskedSteps()
    {
        Batch batch = ErrorRuleBatches.LastStep(0.5, 0.5, 0.5, 0.5);
        var rule = new ThresholdErrorRule(SequenceErrorKind.Abs, 0.04, inclusive: false);
        double[] outputs = ErrorRuleBatches.LastStepOutputs(100, 0.5, 0.539, 0.45, 0.5 + 0.0400001);
        Assert.Equal(0.5, rule.Error(batch, outputs));
        Assert.Contains("|t-y| > 0.04", rule.Describe());
    }

    [Fact]
    public void Squared_ComparesTheSquaredDistance()
    {
        Batch batch = ErrorRuleBatches.LastStep(0.25, 0.25, 0.25);
        var rule = new ThresholdErrorRule(SequenceErrorKind.Squared, 0.04, inclusive: false);
        Assert.Equal(1.0 / 3, rule.Error(batch, ErrorRuleBatches.LastStepOutputs(0, 0.25 + 0.19, 0.25 - 0.21, 0.3)), 15);
    }

    [Fact]
    public void Inclusive_CountsAnEqualDistanceAsWrong()
    {
        Batch batch = ErrorRuleBatches.LastStep(0.5, 0.5);
        double[] outputs = ErrorRuleBatches.LastStepOutputs(0, 0.5 + 0.25, 0.5 + 0.2);
        Assert.Equal(0.5, new ThresholdErrorRule(SequenceErrorKind.Abs, 0.25, inclusive: true).Error(batch, outputs));
        Assert.Equal(0.0, new ThresholdErrorRule(SequenceErrorKind.Abs, 0.25, inclusive: false).Error(batch, outputs));
    }

    [Fact]
    public void NaNOutput_IsWrong()
    {
        Batch batch = ErrorRuleBatches.LastStep(0.5, 0.5);
        Assert.Equal(0.5, new ThresholdErrorRule(SequenceErrorKind.Abs, 0.04, false).Error(batch, ErrorRuleBatches.LastStepOutputs(0, double.NaN, 0.5)));
        Assert.Equal(0.5, new ThresholdErrorRule(SequenceErrorKind.Abs, 0.04, true).Error(batch, ErrorRuleBatches.LastStepOutputs(0, double.NaN, 0.5)));
    }
}
