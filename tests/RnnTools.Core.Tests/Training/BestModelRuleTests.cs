using RnnTools.Core.Training;

namespace RnnTools.Core.Tests.Training;

public sealed class BestModelRuleTests
{
    [Theory]
    [InlineData(0.2, 1.0, double.NaN, double.NaN, true)]
    [InlineData(double.NaN, 1.0, double.NaN, double.NaN, false)]
    [InlineData(0.1, 9.0, 0.2, 1.0, true)]
    [InlineData(0.2, 0.9, 0.2, 1.0, true)]
    [InlineData(0.2, 1.0, 0.2, 1.0, false)]
    [InlineData(0.3, 0.1, 0.2, 1.0, false)]
    [InlineData(double.NaN, 0.1, 0.2, 1.0, false)]
    public void Improves_Tasks_ByErrorThenLoss(double error, double loss, double bestError, double bestLoss, bool expected) =>
        Assert.Equal(expected, BestModelRule.Improves(byLoss: false, error, loss, bestError, bestLoss));

    [Theory]
    [InlineData(9.0, 8.0, double.NaN, double.NaN, true)]
    [InlineData(0.1, 7.9, 0.5, 8.0, true)]
    [InlineData(0.1, 8.0, 0.5, 8.0, false)]
    [InlineData(0.1, double.NaN, 0.5, 8.0, false)]
    public void Improves_Music_ByLossOnly(double error, double loss, double bestError, double bestLoss, bool expected) =>
        Assert.Equal(expected, BestModelRule.Improves(byLoss: true, error, loss, bestError, bestLoss));
}
