using RnnTools.Core.Directions.Combining;
using RnnTools.Core.Errors;
using RnnTools.Core.Model;
using RnnTools.Core.Tests.Support;

namespace RnnTools.Core.Tests.Directions.Combining;

public sealed class EquiangularCombinationTests
{
    private static readonly RnnShape Shape = new(1, 2, 1); // P = 11

    private static double[,] RandomH(int steps, int seed)
    {
        var random = new RnnTools.Core.Random.NumpyRandomState((uint)seed);
        double[,] h = new double[steps, 11];
        for (int t = 0; t < steps; t++)
        {
            for (int j = 0; j < 11; j++)
            {
                h[t, j] = random.Normal(0, 1 + t);
            }
        }

        return h;
    }

    [Fact]
    public void WithoutNormPreservation_IsAUnitVectorAtEqualCosineWithEveryNormalisedRow()
    {
        double[,] h = RandomH(4, 1);
        var components = new MatrixTemporalComponents<double>(Shape, h);
        double[] v = new double[11];
        CombinationInfo info = new EquiangularCombination<double>(new CombinationSettings(NormPreservation: false)).Combine(components, v);
        Assert.Equal(1.0, Vectors.Norm(v), 12);
        for (int t = 0; t < 4; t++)
        {
            double[] row = Vectors.Row(h, t);
            Assert.Equal(info.EquiCos!.Value, Vectors.Dot(v, row) / Vectors.Norm(row), 12);
        }

        Assert.False(info.Fallback);
        Assert.InRange(info.EquiCos!.Value, 0.0, 1.0);
    }

    [Fact]
    public void WithNormPreservation_HasTheGradientsNorm()
    {
        var components = new MatrixTemporalComponents<double>(Shape, RandomH(3, 2));
        double[] v = new double[11];
        new EquiangularCombination<double>(new CombinationSettings()).Combine(components, v);
        Assert.Equal(Vectors.Norm(components.Gradient.ToArray()), Vectors.Norm(v), 12);
    }

    [Fact]
    public void RankDeficient_ReturnsTheGradientFlagged()
    {
        double[,] h = RandomH(3, 3);
        for (int j = 0; j < 11; j++)
        {
            h[2, j] = 2 * h[1, j];
        }

        var components = new MatrixTemporalComponents<double>(Shape, h);
        double[] v = new double[11];
        CombinationInfo info = new EquiangularCombination<double>(new CombinationSettings()).Combine(components, v);
        Assert.True(info.Fallback);
        Assert.Null(info.EquiCos);
        Assert.Equal(components.Gradient.ToArray(), v);
    }

    [Fact]
    public void MoreStepsThanParameters_ReturnsTheGradientFlagged()
    {
        var components = new MatrixTemporalComponents<double>(Shape, RandomH(12, 4));
        double[] v = new double[11];
        Assert.True(new EquiangularCombination<double>(new CombinationSettings()).Combine(components, v).Fallback);
    }

    [Fact]
    public void SeparateMode_SolvesEachRuleBlock_AndFallsBackPerBlock()
    {
        // b_rec has 2 entries, so 3 steps make its block rank-deficient: it takes its plain sum.
        double[,] h = RandomH(3, 5);
        var components = new MatrixTemporalComponents<double>(Shape, h);
        double[] v = new double[11];
        CombinationInfo info = new EquiangularCombination<double>(new CombinationSettings(NormPreservation: false, SeparateBlocks: true)).Combine(components, v);
        Assert.True(info.Fallback);
        double[] gradient = components.Gradient.ToArray();
        Assert.Equal(gradient[8..10], v[8..10]);
        Assert.Equal(gradient[6..8], v[6..8]);
        Assert.Equal(gradient[10], v[10]);
        // W_in (2 entries) over 3 steps is rank-deficient too; W_rec (4 entries) over steps 1..2 solves: unit block.
        Assert.Equal(1.0, Vectors.Norm(v[0..4]), 12);
    }

    [Fact]
    public void TooLargeToMaterialize_IsAnInvalidDirection()
    {
        var components = new MatrixTemporalComponents<double>(Shape, RandomH(2, 6), canMaterialize: false);
        RnnToolsException error = Assert.Throws<RnnToolsException>(() =>
            new EquiangularCombination<double>(new CombinationSettings()).Combine(components, new double[11]));
        Assert.StartsWith("Direction:", error.Message);
    }
}
