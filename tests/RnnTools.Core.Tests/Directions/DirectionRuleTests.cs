using RnnTools.Core.Directions;
using RnnTools.Core.Directions.Combining;
using RnnTools.Core.Model;
using RnnTools.Core.Random;
using RnnTools.Core.Tests.Support;

namespace RnnTools.Core.Tests.Directions;

public sealed class DirectionRuleTests
{
    private static readonly RnnShape Tiny = new(1, 1, 1);

    // Components that point the same way: simplex keeps the gradient's norm and is a descent direction.
    private static readonly double[,] Aligned =
    {
        { 1, 0.5, 0.2, 0.1, 0.3 },
        { 2, 0.4, 0.1, 0.3, 0.2 },
        { 0.5, 0.6, 0.3, 0.2, 0.1 },
    };

    // One large component against two small opposite ones: the normalised sum points against g.
    private static readonly double[,] Opposed =
    {
        { 10, 0, 0, 0, 0 },
        { -1, 0, 0, 0, 0 },
        { -1, 0, 0, 0, 0 },
    };

    private static DirectionInfo Run(IDirectionRule<double> rule, double[,] h, out double[] d, double[]? regularization = null)
    {
        var components = new MatrixTemporalComponents<double>(Tiny, h);
        double[] gradient = regularization is null ? components.Gradient.ToArray() : Vectors.Add(components.Gradient.ToArray(), regularization);
        d = new double[5];
        return rule.Compute(new DirectionInput<double>(components, gradient, regularization ?? [], new double[5]), d);
    }

    [Fact]
    public void Antigradient_IsMinusTheTotalGradient()
    {
        DirectionInfo info = Run(new AntigradientDirection<double>(), Aligned, out double[] d, [1, 0, 0, 0, 0]);
        Vectors.Near([-4.5, -1.5, -0.6, -0.6, -0.6], d);
        Assert.Equal(Vectors.Norm(d), info.DirNorm, 12);
        Assert.Equal(-1.0, info.DirCos, 12);
    }

    [Fact]
    public void Combined_IsMinusTheCombination_MinusTheRegularisation()
    {
        var components = new MatrixTemporalComponents<double>(Tiny, Aligned);
        double[] c = new double[5];
        new LinearCombination<double>(new OnesCoefficients(), new CombinationSettings()).Combine(components, c);
        double[] r = [0.1, 0, 0, 0, -0.2];
        DirectionInfo info = Run(new CombinedDirection<double>(new LinearCombination<double>(new OnesCoefficients(), new CombinationSettings())), Aligned, out double[] d, r);
        Vectors.Near(Vectors.Add(Vectors.Scale(c, -1), Vectors.Scale(r, -1)), d);
        Assert.Equal(1.0, info.DbGNorm!.Value, 12);
        Assert.False(info.CombinationFallback);
    }

    [Fact]
    public void Simplex_KeepsTheGradientNorm_AndPassesSwitchingsChecks()
    {
        IDirectionRule<double> switching = DirectionRuleFactory.Create<double>(new DirectionOptions { Direction = "switching", Psi = 100 });
        DirectionInfo info = Run(switching, Aligned, out double[] d);
        var components = new MatrixTemporalComponents<double>(Tiny, Aligned);
        Assert.Equal(Vectors.Norm(components.Gradient.ToArray()), Vectors.Norm(d), 12);
        Assert.Equal(SwitchReason.None, info.Switched);
        Assert.True(info.DirCos < 0);
        Assert.Equal(info.DirCos, info.PrimaryCos!.Value, 15);
        Assert.NotEqual(Vectors.Scale(components.Gradient.ToArray(), -1), d);
    }

    [Fact]
    public void Checked_NonDescentPrimary_SwitchesToAntigradientForCos()
    {
        var rule = new CheckedDirection<double>(new CombinedDirection<double>(new LinearCombination<double>(new OnesCoefficients(), new CombinationSettings())), 0, double.PositiveInfinity);
        DirectionInfo info = Run(rule, Opposed, out double[] d);
        Assert.Equal(SwitchReason.Cos, info.Switched);
        Assert.Equal(1.0, info.PrimaryCos!.Value, 12);
        Assert.Equal([-8.0, 0, 0, 0, 0], d);
        Assert.Equal(-1.0, info.DirCos, 12);
    }

    [Fact]
    public void Checked_LongDirection_SwitchesForNorm()
    {
        var rule = new CheckedDirection<double>(new CombinedDirection<double>(new LinearCombination<double>(new OnesCoefficients(), new CombinationSettings())), 0, 0.5);
        DirectionInfo info = Run(rule, Aligned, out double[] d);
        Assert.Equal(SwitchReason.Norm, info.Switched);
        Vectors.Near([-3.5, -1.5, -0.6, -0.6, -0.6], d);
    }

    [Fact]
    public void Checked_NaNCosine_SwitchesForCos()
    {
        // A zero gradient makes every cosine NaN; the original kept the primary, RnnTools switches.
        double[,] zero = new double[2, 5];
        var rule = new CheckedDirection<double>(new AntigradientDirection<double>(), 0, double.PositiveInfinity);
        Assert.Equal(SwitchReason.Cos, Run(rule, zero, out _).Switched);
    }

    [Fact]
    public void Checked_MaxCosBelowThePrimarysCosine_Switches()
    {
        var rule = new CheckedDirection<double>(new AntigradientDirection<double>(), -1.0, double.PositiveInfinity);
        Assert.Equal(SwitchReason.Cos, Run(rule, Aligned, out _).Switched);
    }

    [Fact]
    public void Dropout_ZeroesEntriesByTheProjectStream_WithoutRescaling()
    {
        var rule = new DropoutDirection<double>(new AntigradientDirection<double>(), 0.5, 21);
        DirectionInfo info = Run(rule, Aligned, out double[] d);
        ProjectRandom mask = ProjectRandom.ForPurpose(21, "dropout");
        double[] gradient = new MatrixTemporalComponents<double>(Tiny, Aligned).Gradient.ToArray();
        double[] expected = [.. gradient.Select(x => mask.Bernoulli(0.5) ? -x : 0)];
        Assert.Equal(expected, d);
        Assert.Equal(expected.Count(x => x != 0), info.DropoutKept);
        Assert.Equal(expected.Count(x => x != 0), info.DropoutNonZeros);
        Assert.Equal(Vectors.Norm(expected), info.DirNorm, 12);
    }

    [Fact]
    public void Dropout_RateZero_IsTheInnerDirection()
    {
        Run(new DropoutDirection<double>(new AntigradientDirection<double>(), 0, 1), Aligned, out double[] d);
        Vectors.Near([-3.5, -1.5, -0.6, -0.6, -0.6], d);
    }

    [Fact]
    public void Dropout_CaptureRestore_ContinuesTheMasks()
    {
        var rule = new DropoutDirection<double>(DirectionRuleFactory.Create<double>(new DirectionOptions { Direction = "simplex" }), 0.3, 2);
        Run(rule, Aligned, out _);
        var copy = new DropoutDirection<double>(DirectionRuleFactory.Create<double>(new DirectionOptions { Direction = "simplex", Seed = 7 }), 0.3, 7);
        copy.RestoreState(rule.CaptureState());
        Run(rule, Aligned, out double[] expected);
        Run(copy, Aligned, out double[] actual);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void SwitchingWithSimplex_CaptureRestore_ContinuesIdentically()
    {
        IDirectionRule<float> rule = DirectionRuleFactory.Create<float>(new DirectionOptions { Direction = "switching" });
        var components = new MatrixTemporalComponents<float>(Tiny, Aligned);
        float[] d1 = new float[5], d2 = new float[5];
        rule.Compute(new DirectionInput<float>(components, new float[5]), d1);
        IDirectionRule<float> copy = DirectionRuleFactory.Create<float>(new DirectionOptions { Direction = "switching", Seed = 99 });
        copy.RestoreState(rule.CaptureState());
        rule.Compute(new DirectionInput<float>(components, new float[5]), d1);
        copy.Compute(new DirectionInput<float>(components, new float[5]), d2);
        Assert.Equal(d1, d2);
    }
}
