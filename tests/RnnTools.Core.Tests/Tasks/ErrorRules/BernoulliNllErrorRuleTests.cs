using RnnTools.Core.Datasets;
using RnnTools.Core.Tasks;
using RnnTools.Core.Tasks.ErrorRules;

namespace RnnTools.Core.Tests.Tasks.ErrorRules;

public sealed class BernoulliNllErrorRuleTests
{
    [Fact]
    public void OneHalfEverywhere_Gives88Ln2PerStep_TheMusicChanceLevel()
    {
        Batch batch = MusicBatches.Full([[[60], [60, 64], [], [21, 108]], [[40], [41]]], [0, 1]);
        double[] outputs = new double[batch.Targets.Length];
        Array.Fill(outputs, 0.5);
        Assert.Equal(88 * Math.Log(2), new BernoulliNllErrorRule().Error(batch, outputs), 12);
    }

    [Fact]
    public void Error_IsTheMeanNllOverActiveSteps_WithClampedOutputs()
    {
        Batch batch = MusicBatches.Evaluation([[60], [61], [62]]);
        double[] outputs = new double[batch.Targets.Length];
        Array.Fill(outputs, 0.1);
        outputs[batch.OutputIndex(0, PianoRoll.Column(61), 0)] = 0.8;
        outputs[batch.OutputIndex(1, PianoRoll.Column(62), 0)] = 1.0;
        double step0 = -Math.Log(0.8) - (87 * Math.Log(0.9));
        double step1 = -Math.Log(1 - 1e-12) - (87 * Math.Log(0.9));
        Assert.Equal((step0 + step1) / 2, new BernoulliNllErrorRule().Error(batch, outputs), 12);
        outputs[batch.OutputIndex(1, 0, 0)] = 1.0;
        Assert.Equal((step0 + step1 + Math.Log(0.9) - Math.Log(1 - (1 - 1e-12))) / 2, new BernoulliNllErrorRule().Error(batch, outputs), 12);
    }
}
