using RnnTools.Core.Diagnostics;
using RnnTools.Core.Model;

namespace RnnTools.Core.Tests.Model;

public sealed class GalvanInitializationTests
{
    private static readonly RnnShape TemporalOrder = new(6, 50, 4);

    [Fact]
    public void Seed13_MatchesTheGoldenValues()
    {
        RnnModel<double> model = GalvanInitialization.Create(TemporalOrder, Activation.Tanh, OutputFunction.Softmax, 1.2, 13);
        double[] golden = [-0.0712390662050588, 0.0753766378659703, -0.0044503078338053455];

        SpectralStatistics stats = SpectralStatistics.Compute<double>(model.WRec, 50);

        Assert.Equal(golden, model.WIn[..3].ToArray(), new ToleranceComparer(1e-16));
        Assert.Equal(golden, model.WOut[..3].ToArray(), new ToleranceComparer(1e-16));
        Assert.Equal(1.2, stats.Rho, 1e-10);
        Assert.Equal(2.024, stats.MaxSingular, 3);
        Assert.All(model.BRec.ToArray().Concat(model.BOut.ToArray()), value => Assert.Equal(0.0, value));
    }

    [Theory]
    [InlineData(13u, 0.7849)]
    [InlineData(14u, 0.7952)]
    [InlineData(15u, 0.7081)]
    [InlineData(16u, 0.7969)]
    [InlineData(17u, 0.7526)]
    public void UnscaledSpectralRadius_MatchesTheGoldenValues(uint seed, double radius)
    {
        RnnModel<double> model = GalvanInitialization.Create(TemporalOrder, Activation.Tanh, OutputFunction.Softmax, 1.2, seed);

        // W_in starts from the same normal sequence as the unscaled W_rec, so their ratio is the rescaling factor.
        Assert.Equal(radius, 1.2 * model.WIn[0] / model.WRec[0], 4);
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
