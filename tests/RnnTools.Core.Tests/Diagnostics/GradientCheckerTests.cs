using RnnTools.Core.Diagnostics;
using RnnTools.Core.Gradients;
using RnnTools.Core.Model;

namespace RnnTools.Core.Tests.Diagnostics;

public sealed class GradientCheckerTests
{
    [Fact]
    public void Compare_OneWrongEntry_IsReportedOnItsVariableOnly()
    {
        var shape = new RnnShape(2, 3, 2);
        double[] numeric = [.. Enumerable.Range(0, shape.ParameterCount).Select(i => Math.Cos(i))];
        double[] analytic = (double[])numeric.Clone();
        analytic[shape.WInOffset + 1] += 1e-3;

        GradientCheckResult result = GradientChecker.Compare(shape, analytic, numeric);

        Assert.True(result.WIn > 1e-4);
        Assert.Equal(result.WIn, result.Max);
        foreach (VariableBlock block in new[] { VariableBlock.WRec, VariableBlock.WOut, VariableBlock.BRec, VariableBlock.BOut })
        {
            Assert.Equal(0.0, result.Of(block));
        }
    }
}
