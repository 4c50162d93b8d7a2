using RnnTools.Core.Diagnostics;
using RnnTools.Core.Model;

namespace RnnTools.Core.Tests.Diagnostics;

public sealed class SpectralStatisticsTests
{
    [Fact]
    public void Compute_ScaledRotation_HasComplexEigenvaluesOfRadiusTwo()
    {
        SpectralStatistics stats = SpectralStatistics.Compute<double>([0.0, -2.0, 2.0, 0.0], 2);

        Assert.Equal(2.0, stats.Rho, 1e-12);
        Assert.Equal(2.0, stats.MaxSingular, 1e-12);
        Assert.Equal(2.0, stats.MinSingular, 1e-12);
        Assert.Equal(0.0, stats.SingularVar, 1e-12);
    }

    [Fact]
    public void Compute_UpperTriangular_SeparatesEigenvaluesFromSingularValues()
    {
        // Eigenvalues 1 and 0.5; singular values of [[1, 3], [0, 0.5]].
        SpectralStatistics stats = SpectralStatistics.Compute<float>([1f, 3f, 0f, 0.5f], 2);
        double frobenius = 1 + 9 + 0.25, determinant = 0.5;
        double s1 = Math.Sqrt((frobenius + Math.Sqrt((frobenius * frobenius) - (4 * determinant * determinant))) / 2);
        double s2 = determinant / s1;

        Assert.Equal(1.0, stats.Rho, 1e-12);
        Assert.Equal(s1, stats.MaxSingular, 1e-9);
        Assert.Equal(s2, stats.MinSingular, 1e-9);
        Assert.Equal(Math.Pow((s1 - s2) / 2, 2), stats.SingularVar, 1e-9);
    }

    [Fact]
    public void Compute_NonFiniteEntry_GivesNaNs()
    {
        SpectralStatistics stats = SpectralStatistics.Compute<double>([1.0, double.NaN, 0.0, 1.0], 2);

        Assert.False(stats.IsFinite);
        Assert.True(double.IsNaN(stats.Rho));
    }

    [Fact]
    public void HochreiterTau_IsHiddenSizeTimesMaxDerivativeTimesLargestWeight()
    {
        double[] w = [0.1, -0.4, 0.2, 0.3];

        Assert.Equal(2 * 1.0 * 0.4, VanishingConditions.HochreiterTau<double>(w, Activation.Tanh, 1.0), 1e-15);
        Assert.Equal(2 * 0.25 * 0.4, VanishingConditions.HochreiterTau<double>(w, Activation.Sigmoid, 1.0), 1e-15);
        Assert.Equal(2 * 2.0 * 0.4, VanishingConditions.HochreiterTau<double>(w, Activation.Tanh, 2.0), 1e-15);
        Assert.Equal(2 * 1.0 * 0.4, VanishingConditions.HochreiterTau<double>(w, Activation.Relu, 1.0), 1e-15);
    }
}
