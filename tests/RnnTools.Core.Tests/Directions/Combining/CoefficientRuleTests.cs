using RnnTools.Core.Directions.Combining;
using RnnTools.Core.Random;

namespace RnnTools.Core.Tests.Directions.Combining;

public sealed class CoefficientRuleTests
{
    private static readonly double[] Norms = [4, 1, 2, 8, 0.5, 3, 6, 7];

    private static double[] Compute(CoefficientRule rule, ReadOnlySpan<double> norms)
    {
        double[] beta = new double[norms.Length];
        rule.Compute(norms, beta);
        return beta;
    }

    [Fact]
    public void Simplex_MatchesItsDefinitionOnTheProjectStream()
    {
        double[] beta = Compute(new SimplexCoefficients(13), Norms);
        ProjectRandom random = ProjectRandom.ForPurpose(13, "combination:simplex");
        double[] e = [.. Norms.Select(_ => Math.Exp(1 - random.NextDouble()))];
        double denominator = e.Sum() + 1e-10;
        Assert.Equal(e.Select(x => x / denominator), beta);
        Assert.Equal(1.0, beta.Sum(), 9);
        Assert.All(beta, b => Assert.InRange(b, 1.0 / (Math.E * Norms.Length), Math.E / Norms.Length));
    }

    [Fact]
    public void Simplex_IsFreshEachIteration_AndDeterministicPerSeed()
    {
        var rule = new SimplexCoefficients(5);
        double[] first = Compute(rule, Norms), second = Compute(rule, Norms);
        Assert.NotEqual(first, second);
        Assert.Equal(first, Compute(new SimplexCoefficients(5), Norms));
        Assert.NotEqual(first, Compute(new SimplexCoefficients(6), Norms));
    }

    [Fact]
    public void ReducedSimplex_KeepsPStepsSummingToOne()
    {
        double[] beta = Compute(new ReducedSimplexCoefficients(0.3, 13), Norms);
        Assert.Equal(2, beta.Count(b => b > 0)); // p = max(1, ⌊8·0.3⌋) = 2
        Assert.Equal(1.0, beta.Sum(), 9);
        Assert.Single(Compute(new ReducedSimplexCoefficients(0.01, 13), Norms), b => b > 0);
    }

    [Fact]
    public void ReducedSimplex_KeepOne_DrawsExactlyAsSimplex()
    {
        var reduced = new ReducedSimplexCoefficients(1, 13);
        var simplex = new SimplexCoefficients(0);
        simplex.RestoreState(reduced.CaptureState());
        Assert.Equal(Compute(simplex, Norms), Compute(reduced, Norms));
    }

    [Fact]
    public void UniformRandom_DrawsU01()
    {
        ProjectRandom random = ProjectRandom.ForPurpose(2, "combination:uniform-random");
        Assert.Equal(Norms.Select(_ => random.NextDouble()), Compute(new UniformRandomCoefficients(2), Norms));
    }

    [Fact]
    public void OnesAndTimeSmoothing_AreFixed()
    {
        Assert.All(Compute(new OnesCoefficients(), Norms), b => Assert.Equal(1.0, b));
        double[] smoothing = Compute(new TimeSmoothingCoefficients(), Norms);
        Assert.Equal(Math.Exp(-0.005), smoothing[0]);
        Assert.Equal(Math.Exp(-0.04), smoothing[7]);
        Assert.True(new OnesCoefficients().Normalized);
        Assert.False(new OnesCoefficients(normalized: false).Normalized);
    }

    [Fact]
    public void RandomClipping_ClipsToOneDrawBetweenTheSmallestAndLargestNorm()
    {
        double r = 0.5 + (7.5 * ProjectRandom.ForPurpose(9, "combination:random-clipping").NextDouble());
        double[] beta = Compute(new RandomClippingCoefficients(9), Norms);
        Assert.Equal(Norms.Select(n => n < r ? 1.0 : r / n), beta);
        Assert.False(new RandomClippingCoefficients(9).Normalized);
    }

    [Fact]
    public void TemporalClipping_ClipsToTheNormAtIndexTQuarter()
    {
        // ⌊8/4⌋ = 2: q = 2.
        Assert.Equal([0.5, 1, 1, 0.25, 1, 2.0 / 3, 1.0 / 3, 2.0 / 7], Compute(new TemporalClippingCoefficients(), Norms));
        Assert.Empty(Compute(new TemporalClippingCoefficients(), []));
    }

    [Fact]
    public void CaptureRestore_ContinuesTheStream()
    {
        var rule = new SimplexCoefficients(3);
        Compute(rule, Norms);
        var copy = new SimplexCoefficients(99);
        copy.RestoreState(rule.CaptureState());
        Assert.Equal(Compute(rule, Norms), Compute(copy, Norms));
    }
}
