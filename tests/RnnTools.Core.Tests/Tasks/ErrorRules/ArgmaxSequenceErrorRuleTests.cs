using RnnTools.Core.Tasks;
using RnnTools.Core.Tasks.ErrorRules;

namespace RnnTools.Core.Tests.Tasks.ErrorRules;

public sealed class ArgmaxSequenceErrorRuleTests
{
    [Fact]
    public void Error_IsTheFractionOfSequencesWithAnyWrongStep()
    {
        // T = 3, 2 classes, B = 2, every step active; sequence 0 right everywhere, sequence 1 wrong at one step only.
        var batch = new Batch(3, 1, 2, 2, new double[6], new double[12], Enumerable.Repeat(1.0, 12).ToArray(), [3, 3]);
        int[][] classes = [[0, 1, 1], [1, 1, 0]];
        double[] outputs = new double[12];
        for (int b = 0; b < 2; b++)
        {
            for (int t = 0; t < 3; t++)
            {
                batch.Targets[batch.OutputIndex(t, classes[b][t], b)] = 1;
                outputs[batch.OutputIndex(t, classes[b][t], b)] = 0.9;
            }
        }

        Assert.Equal(0, new ArgmaxSequenceErrorRule().Error(batch, outputs));
        outputs[batch.OutputIndex(2, 0, 1)] = 0;
        outputs[batch.OutputIndex(2, 1, 1)] = 0.9;
        Assert.Equal(0.5, new ArgmaxSequenceErrorRule().Error(batch, outputs));
    }
}
