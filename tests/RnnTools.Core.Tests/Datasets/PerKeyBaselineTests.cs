using RnnTools.Core.Datasets;

namespace RnnTools.Core.Tests.Datasets;

public sealed class PerKeyBaselineTests
{
    // 4 training frames: key 60 sounds in 3, key 64 in 1, every other key never (clamped to 1e-3).
    private static readonly int[][][] Train = [[[60], [60, 64]], [[], [60]]];

    [Fact]
    public void Fit_UsesTheFrequencyOverAllTrainingFrames_Clamped()
    {
        var baseline = PerKeyBaseline.Fit(Train);
        Assert.Equal(0.75, baseline.Probabilities[PianoRoll.Column(60)]);
        Assert.Equal(0.25, baseline.Probabilities[PianoRoll.Column(64)]);
        Assert.Equal(1e-3, baseline.Probabilities[0]);
        Assert.Equal(1e-3, baseline.Probabilities[87]);
        Assert.Equal(1 - 1e-3, PerKeyBaseline.Fit([[[60], [60]]]).Probabilities[PianoRoll.Column(60)]);
    }

    [Fact]
    public void StepLoss_IsTheBernoulliNll()
    {
        var baseline = PerKeyBaseline.Fit(Train);
        double silentOthers = -86 * Math.Log(1 - 1e-3);
        Assert.Equal(silentOthers - Math.Log(0.75) - Math.Log(0.75), baseline.StepLoss([60]), 12);
        Assert.Equal(silentOthers - Math.Log(0.25) - Math.Log(0.75), baseline.StepLoss([]), 12);
        Assert.Equal(silentOthers + Math.Log(1 - 1e-3) - Math.Log(0.75) - Math.Log(0.75) - Math.Log(1e-3), baseline.StepLoss([21, 60]), 12);
    }

    [Fact]
    public void Evaluate_ReportsFrameWeightedAndSequenceMean()
    {
        var baseline = PerKeyBaseline.Fit(Train);
        int[][][] sequences = [[[60], [60], [64]], [[], [60, 64]]];
        double a = baseline.StepLoss([60]), b = baseline.StepLoss([64]), c = baseline.StepLoss([60, 64]), empty = baseline.StepLoss([]);
        NllAggregator predicted = baseline.Evaluate(sequences);
        Assert.Equal(3, predicted.Steps);
        Assert.Equal((a + b + c) / 3, predicted.FrameWeighted, 12);
        Assert.Equal((((a + b) / 2) + c) / 2, predicted.SequenceMean, 12);
        NllAggregator all = baseline.Evaluate(sequences, includeFirstStep: true);
        Assert.Equal(5, all.Steps);
        Assert.Equal((a + a + b + empty + c) / 5, all.FrameWeighted, 12);
    }
}
