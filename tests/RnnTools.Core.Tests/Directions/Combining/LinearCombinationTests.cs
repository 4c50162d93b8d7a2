using RnnTools.Core.Directions.Combining;
using RnnTools.Core.Model;
using RnnTools.Core.Tests.Support;

namespace RnnTools.Core.Tests.Directions.Combining;

public sealed class LinearCombinationTests
{
    // P = 5 with one entry per block: [W_rec | W_in | W_out | b_rec | b_out].
    private static readonly RnnShape Tiny = new(1, 1, 1);

    private static readonly double[,] H =
    {
        { 0, 3, 0, 4, 0 },
        { 1, 0, 2, 2, 0 },
        { 2, 1, 0, 0, 2 },
    };

    private static double[] Run(CoefficientRule rule, CombinationSettings settings, double[,] h, out CombinationInfo info)
    {
        var components = new MatrixTemporalComponents<double>(Tiny, h);
        double[] c = new double[5];
        info = new LinearCombination<double>(rule, settings).Combine(components, c);
        return c;
    }

    [Fact]
    public void Ones_WithoutNormalisationOrPreservation_IsTheGradient()
    {
        double[] c = Run(new OnesCoefficients(normalized: false), new CombinationSettings(NormPreservation: false), H, out CombinationInfo info);
        Assert.Equal([3.0, 4, 2, 6, 2], c);
        Assert.False(info.Fallback);
        Assert.Equal((5 + 3 + 3) / 3.0, info.DbGNorm, 12);
    }

    [Fact]
    public void Ones_Normalised_SumsUnitRows_ThenTakesTheGradientsNorm()
    {
        double[] c = Run(new OnesCoefficients(), new CombinationSettings(), H, out CombinationInfo info);
        double[] sum = Vectors.Add(Vectors.Add(Vectors.Scale(Vectors.Row(H, 0), 1 / 5.0), Vectors.Scale(Vectors.Row(H, 1), 1 / 3.0)), Vectors.Scale(Vectors.Row(H, 2), 1 / 3.0));
        double[] expected = Vectors.Scale(sum, Vectors.Norm([3.0, 4, 2, 6, 2]) / Vectors.Norm(sum));
        Vectors.Near(expected, c);
        Assert.Equal(1.0, info.DbGNorm, 12);
    }

    [Fact]
    public void TrustThreshold_LeavesSmallRowsUnnormalised()
    {
        double[] c = Run(new OnesCoefficients(), new CombinationSettings(TrustThreshold: 4, NormPreservation: false), H, out CombinationInfo info);
        // Row 0 (norm 5) is divided by 5, rows 1 and 2 (norm 3 < 4) are taken as they are.
        Vectors.Near(Vectors.Add(Vectors.Add(Vectors.Scale(Vectors.Row(H, 0), 0.2), Vectors.Row(H, 1)), Vectors.Row(H, 2)), c);
        Assert.Equal((1 + 3 + 3) / 3.0, info.DbGNorm, 12);
    }

    [Fact]
    public void NormPreservation_ZeroCombination_ReturnsTheGradientFlagged()
    {
        double[,] cancelling = { { 1, 0, 0, 0, 0 }, { -1, 0, 0, 0, 0 }, { 0, 0, 0, 0, 0 } };
        double[] c = Run(new OnesCoefficients(), new CombinationSettings(), cancelling, out CombinationInfo info);
        Assert.Equal([0.0, 0, 0, 0, 0], c);
        Assert.True(info.Fallback);
        double[,] partly = { { 1, 0, 0, 0, 0 }, { -1, 0, 0, 0, 0 }, { 0, 0, 0, 0, 5 } };
        double[] nonZero = Run(new OnesCoefficients(), new CombinationSettings(), partly, out info);
        Assert.False(info.Fallback);
        Assert.Equal([0.0, 0, 0, 0, 5], nonZero);
    }

    [Fact]
    public void SeparateMode_AppliesTheRulePerBlock_SkipsWRecStepZero_AndSumsTheOutputs()
    {
        double[] c = Run(new OnesCoefficients(), new CombinationSettings(NormPreservation: false, SeparateBlocks: true), H, out CombinationInfo info);
        // Per block each non-zero entry normalises to ±1: W_rec steps 1, 2 → 1 + 1; W_in 1 + 0 + 1 (zero row kept as is);
        // b_rec 1 + 1 + 0; W_out and b_out plain sums 2 and 2.
        Assert.Equal([2.0, 2, 2, 2, 2], c);
        Assert.Equal((2 + 2 + 2) / 8.0, info.DbGNorm, 12);
    }

    [Fact]
    public void SeparateMode_PreservesTheWholeNorm()
    {
        double[] c = Run(new OnesCoefficients(), new CombinationSettings(SeparateBlocks: true), H, out _);
        Assert.Equal(Vectors.Norm([3.0, 4, 2, 6, 2]), Vectors.Norm(c), 12);
    }

    [Fact]
    public void Float_MatchesDouble()
    {
        var components = new MatrixTemporalComponents<float>(Tiny, H);
        float[] c = new float[5];
        new LinearCombination<float>(new OnesCoefficients(), new CombinationSettings()).Combine(components, c);
        Vectors.Near(Run(new OnesCoefficients(), new CombinationSettings(), H, out _), [.. c.Select(x => (double)x)], 1e-6);
    }
}
