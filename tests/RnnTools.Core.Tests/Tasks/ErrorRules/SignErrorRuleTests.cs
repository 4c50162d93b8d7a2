using RnnTools.Core.Tasks;
using RnnTools.Core.Tasks.ErrorRules;

namespace RnnTools.Core.Tests.Tasks.ErrorRules;

public sealed class SignErrorRuleTests
{
    [Fact]
    public void Error_ZeroAndOppositeSignsAreWrong()
    {
        Batch batch = ErrorRuleBatches.LastStep(1, -1, 1, -1, 1);
        double[] outputs = ErrorRuleBatches.LastStepOutputs(-5, 0.1, -3, 0, 0.2, double.NaN);
        Assert.Equal(3.0 / 5, new SignErrorRule().Error(batch, outputs), 15);
    }
}
