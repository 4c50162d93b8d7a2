using RnnTools.Core.Tasks;
using RnnTools.Core.Tasks.ErrorRules;

namespace RnnTools.Core.Tests.Tasks.ErrorRules;

public sealed class ArgmaxPairErrorRuleTests
{
    [Fact]
    public void Error_IsTheFractionOfActivePairsWithTheWrongArgmax_TiesToTheLowestIndex()
    {
        // Sequences active at different steps (mixed lengths); inactive steps hold garbage that must not count.
        Batch batch = ErrorRuleBatches.OneHot(3, 4, classes: [2, 0, 3, 1], activeSteps: [2, 1, 2, 0]);
        double[] outputs = new double[batch.Targets.Length];
        Array.Fill(outputs, 9.0);
        void Set(int t, int b, params double[] y)
        {
            for (int o = 0; o < y.Length; o++)
            {
                outputs[batch.OutputIndex(t, o, b)] = y[o];
            }
        }

        Set(2, 0, 0.1, 0.2, 0.6, 0.1);        // right
        Set(1, 1, 0.25, 0.25, 0.25, 0.25);    // tie: index 0, right
        Set(2, 2, 0.3, 0.1, 0.3, 0.3);        // tie: index 0, wrong (class 3)
        Set(0, 3, 0.1, double.NaN, 0.1, 0.1); // NaN: wrong
        Assert.Equal(0.5, new ArgmaxPairErrorRule().Error(batch, outputs));
    }
}
