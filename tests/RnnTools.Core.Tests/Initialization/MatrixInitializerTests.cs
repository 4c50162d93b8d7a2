using MathNet.Numerics.LinearAlgebra;
using RnnTools.Core.Errors;
using RnnTools.Core.Initialization;
using RnnTools.Core.Random;

namespace RnnTools.Core.Tests.Initialization;

public sealed class MatrixInitializerTests
{
    private static double[] Fill(IMatrixInitializer initializer, int rows, int columns)
    {
        double[] values = new double[rows * columns];
        initializer.Fill(values, new MatrixTarget(rows, columns, "WRecInit"));
        return values;
    }

    private static Matrix<double> AsMatrix(double[] values, int rows, int columns) =>
        Matrix<double>.Build.Dense(rows, columns, (i, j) => values[(i * columns) + j]);

    private static double Std(double[] values)
    {
        double mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Length);
    }

    [Fact]
    public void Gaussian_DrawsRowMajorNormals_WithItsMeanAndStd()
    {
        double[] values = Fill(new GaussianInitializer(0.5, 0.2, new NumpyRandomState(1)), 100, 100);
        var stream = new NumpyRandomState(1);
        Assert.Equal(stream.Normal(0.5, 0.2), values[0]);
        Assert.Equal(stream.Normal(0.5, 0.2), values[1]);
        Assert.Equal(0.5, values.Average(), 2);
        Assert.Equal(0.2, Std(values), 2);
    }

    [Fact]
    public void Uniform_StaysInItsBounds()
    {
        double[] values = Fill(new UniformInitializer(-0.3, 0.7, new NumpyRandomState(2)), 50, 50);
        Assert.All(values, v => Assert.InRange(v, -0.3, 0.7));
        Assert.Equal(new NumpyRandomState(2).Uniform(-0.3, 0.7), values[0]);
        Assert.Equal(0.2, values.Average(), 1);
    }

    [Fact]
    public void ConstantAndGiven_CopyTheirValues()
    {
        Assert.All(Fill(new ConstantInitializer(0.25), 3, 4), v => Assert.Equal(0.25, v));
        Assert.Equal([1.0, 2, 3, 4, 5, 6], Fill(new GivenInitializer([1, 2, 3, 4, 5, 6], 2, 3), 2, 3));
        RnnToolsException error = Assert.Throws<RnnToolsException>(() => Fill(new GivenInitializer([1, 2, 3, 4, 5, 6], 2, 3), 3, 2));
        Assert.StartsWith("WRecInit: the given array is 2×3", error.Message);
    }

    [Fact]
    public void Identity_IsScaledEyePlusNoise_SquareOnly()
    {
        double[] values = Fill(new IdentityInitializer(2, new GaussianInitializer(0, 0.1, new NumpyRandomState(3))), 3, 3);
        double[] noise = Fill(new GaussianInitializer(0, 0.1, new NumpyRandomState(3)), 3, 3);
        for (int i = 0; i < 9; i++)
        {
            Assert.Equal(noise[i] + (i % 4 == 0 ? 2 : 0), values[i]);
        }

        Assert.Throws<RnnToolsException>(() => Fill(new IdentityInitializer(1, new GaussianInitializer(0, 0, new NumpyRandomState(3))), 2, 3));
    }

    [Theory]
    [InlineData(FanRule.Xavier, false, 0.1)] // 1/√100
    [InlineData(FanRule.GlorotAverage, false, 0.11547005383792516)] // √(2/150)
    [InlineData(FanRule.He, false, 0.1414213562373095)] // √(2/100)
    [InlineData(FanRule.Xavier, true, 0.17320508075688773)] // bound √(3/100)
    [InlineData(FanRule.GlorotAverage, true, 0.2)] // √(6/150)
    [InlineData(FanRule.He, true, 0.2449489742783178)] // √(6/100)
    public void FanScaled_HasTheTablesStdOrBound(FanRule rule, bool uniform, double width)
    {
        // 50 rows (fan_out) × 100 columns (fan_in).
        double[] values = Fill(new FanScaledInitializer(rule, uniform, new NumpyRandomState(4)), 50, 100);
        var stream = new NumpyRandomState(4);
        Assert.Equal(uniform ? stream.Uniform(-width, width) : stream.Normal(0, width), values[0], 15);
        if (uniform)
        {
            Assert.All(values, v => Assert.InRange(v, -width, width));
            Assert.InRange(Std(values) / (width / Math.Sqrt(3)), 0.96, 1.04);
        }
        else
        {
            Assert.InRange(Std(values) / width, 0.96, 1.04);
        }
    }

    [Theory]
    [InlineData(OrthogonalMethod.Haar)]
    [InlineData(OrthogonalMethod.Galvan)]
    public void Orthogonal_IsScaledOrthogonal(OrthogonalMethod method)
    {
        Matrix<double> w = AsMatrix(Fill(new OrthogonalInitializer(1.5, method, new NumpyRandomState(5)), 6, 6), 6, 6);
        Matrix<double> gram = w.TransposeThisAndMultiply(w);
        Assert.True((gram - Matrix<double>.Build.DenseIdentity(6).Multiply(2.25)).FrobeniusNorm() < 1e-12);
    }

    [Fact]
    public void Orthogonal_Haar_IsTheQOfTheNormalDrawWithPositiveRDiagonal()
    {
        double[] values = Fill(new OrthogonalInitializer(1, OrthogonalMethod.Haar, new NumpyRandomState(6)), 5, 5);
        var stream = new NumpyRandomState(6);
        Matrix<double> a = Matrix<double>.Build.Dense(5, 5, (_, _) => 0);
        for (int i = 0; i < 5; i++)
        {
            for (int j = 0; j < 5; j++)
            {
                a[i, j] = stream.StandardNormal();
            }
        }

        Matrix<double> r = AsMatrix(values, 5, 5).TransposeThisAndMultiply(a); // R = Qᵀ A
        for (int i = 0; i < 5; i++)
        {
            Assert.True(r[i, i] > 0);
            for (int j = 0; j < i; j++)
            {
                Assert.Equal(0.0, r[i, j], 12);
            }
        }
    }

    [Fact]
    public void Orthogonal_Galvan_HoldsTheLeftSingularVectorsOfAUniformDraw()
    {
        Matrix<double> u = AsMatrix(Fill(new OrthogonalInitializer(1, OrthogonalMethod.Galvan, new NumpyRandomState(7)), 4, 4), 4, 4);
        var stream = new NumpyRandomState(7);
        Matrix<double> a = Matrix<double>.Build.Dense(4, 4);
        for (int i = 0; i < 4; i++)
        {
            for (int j = 0; j < 4; j++)
            {
                a[i, j] = stream.NextDouble();
            }
        }

        // Uᵀ A Aᵀ U is diagonal: the columns are eigenvectors of A Aᵀ.
        Matrix<double> d = u.TransposeThisAndMultiply(a * a.Transpose()) * u;
        for (int i = 0; i < 4; i++)
        {
            for (int j = 0; j < 4; j++)
            {
                Assert.Equal(0.0, i == j ? 0 : d[i, j], 10);
            }
        }
    }

    [Fact]
    public void Eigen_IsSymmetric_WithTheDrawnEigenvalues()
    {
        var initializer = new EigenInitializer(new OrthogonalInitializer(1, OrthogonalMethod.Galvan, new NumpyRandomState(8)), 1, 0.01, new NumpyRandomState(8));
        Matrix<double> w = AsMatrix(Fill(initializer, 5, 5), 5, 5);
        Assert.True((w - w.Transpose()).FrobeniusNorm() < 1e-14);
        var stream = new NumpyRandomState(8);
        double[] expected = [.. Enumerable.Range(0, 5).Select(_ => stream.Normal(1, 0.01)).Order()];
        double[] actual = [.. w.Evd().EigenValues.Select(c => c.Real).Order()];
        for (int i = 0; i < 5; i++)
        {
            Assert.Equal(expected[i], actual[i], 12);
        }
    }

    [Fact]
    public void Svd_KeepsTheSingularVectors_AndDrawsScaledUniformSingularValuesAfterDiscardedNormals()
    {
        var inner = new GaussianInitializer(0, 1, new NumpyRandomState(9));
        double[] values = Fill(new SvdInitializer(inner, 1.2, new NumpyRandomState(10)), 4, 4);
        var stream = new NumpyRandomState(10);
        for (int i = 0; i < 4; i++)
        {
            stream.Normal(0, 5);
        }

        double[] expected = [.. Enumerable.Range(0, 4).Select(_ => Math.Abs(stream.Uniform(-1, 1) * 1.2)).OrderDescending()];
        double[] singular = [.. AsMatrix(values, 4, 4).Svd(false).S];
        for (int i = 0; i < 4; i++)
        {
            Assert.Equal(expected[i], singular[i], 12);
        }
    }

    [Theory]
    [InlineData(SparseMode.FanIn)]
    [InlineData(SparseMode.FanOut)]
    public void Sparse_HasKNonZerosPerUnit_InTheDocumentedDrawOrder(SparseMode mode)
    {
        const int rows = 6, columns = 8, k = 3;
        double[] values = Fill(new SparseInitializer(k, 0.5, 1, mode, new NumpyRandomState(11)), rows, columns);
        bool fanIn = mode == SparseMode.FanIn;
        int units = fanIn ? rows : columns, available = fanIn ? columns : rows;
        var stream = new NumpyRandomState(11);
        int[][] chosen = [.. Enumerable.Range(0, units).Select(_ => stream.Choice(available, k))];
        double[] expected = new double[rows * columns];
        for (int unit = 0; unit < units; unit++)
        {
            foreach (int connection in chosen[unit])
            {
                expected[fanIn ? (unit * columns) + connection : (connection * columns) + unit] = stream.Normal(1, 0.5);
            }
        }

        Assert.Equal(expected, values);
        Assert.Equal(units * k, values.Count(v => v != 0));
    }

    [Fact]
    public void Sparse_CapsKAtTheAvailableConnections()
    {
        Assert.All(Fill(new SparseInitializer(15, 1, 0, SparseMode.FanIn, new NumpyRandomState(12)), 3, 4), v => Assert.NotEqual(0.0, v));
    }

    [Fact]
    public void Simplex_ColumnsOrRowsSumToOne()
    {
        double[] columns = Fill(new SimplexInitializer(true, new NumpyRandomState(13)), 3, 4);
        for (int j = 0; j < 4; j++)
        {
            Assert.Equal(1.0, columns[j] + columns[4 + j] + columns[8 + j], 14);
        }

        var stream = new NumpyRandomState(13);
        double[] u = [.. Enumerable.Range(0, 12).Select(_ => stream.NextDouble())];
        Assert.Equal(u[0] / (u[0] + u[4] + u[8]), columns[0]);

        double[] rows = Fill(new SimplexInitializer(false, new NumpyRandomState(13)), 3, 4);
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(1.0, rows[(i * 4) + 0] + rows[(i * 4) + 1] + rows[(i * 4) + 2] + rows[(i * 4) + 3], 14);
        }

        // Row-wise draws the 4 × 3 transpose row-major: W[0, 1] is its draw (1, 0).
        Assert.Equal(u[3] / (u[0] + u[3] + u[6] + u[9]), rows[1]);
    }

    [Theory]
    [InlineData(10, 0.9, 10)] // n < 30: n² − n zeros
    [InlineData(40, 0.9, 160)] // ⌊1600·0.9⌋ = 1440 zeros
    public void Esn_ZeroesTheDocumentedCount_AndScalesTheRadius(int n, double sparsity, int nonZeros)
    {
        double[] values = Fill(new EsnInitializer(0.5, sparsity, new NumpyRandomState(14)), n, n);
        Assert.Equal(nonZeros, values.Count(v => v != 0));
        Assert.Equal(0.5, SpectralRadius.Of(values, n), 10);
    }

    [Fact]
    public void Esn_GivesUpAfter20NilpotentDraws()
    {
        // n = 30 at sparsity 0.9999 keeps one entry: ρ = 0 unless it is on the diagonal (1 in 30).
        int failures = 0, successes = 0;
        for (uint seed = 0; seed < 6; seed++)
        {
            try
            {
                double[] values = Fill(new EsnInitializer(0.5, 0.9999, new NumpyRandomState(seed)), 30, 30);
                Assert.Equal(0.5, SpectralRadius.Of(values, 30), 12);
                successes++;
            }
            catch (RnnToolsException error)
            {
                Assert.StartsWith("WRecInit: 'esn' drew no matrix", error.Message);
                failures++;
            }
        }

        Assert.True(failures > 0 && successes > 0, $"{failures} failures, {successes} successes");
    }

    [Fact]
    public void Spectral_RescalesToRho_AndRejectsAZeroRadius()
    {
        double[] values = Fill(new SpectralInitializer(new UniformInitializer(-1, 1, new NumpyRandomState(15)), 0.8), 7, 7);
        Assert.Equal(0.8, SpectralRadius.Of(values, 7), 12);
        RnnToolsException error = Assert.Throws<RnnToolsException>(() => Fill(new SpectralInitializer(new ConstantInitializer(0), 1), 3, 3));
        Assert.StartsWith("WRecInit: 'spectral' cannot rescale a matrix whose spectral radius is 0", error.Message);
    }

    [Fact]
    public void SpectralRadius_IsTheLargestEigenvalueModulus()
    {
        // Rotation by 90° scaled by 2: eigenvalues ±2i.
        Assert.Equal(2.0, SpectralRadius.Of([0, -2, 2, 0], 2), 14);
        Assert.True(double.IsNaN(SpectralRadius.Of([double.NaN, 0, 0, 1], 2)));
        Assert.Equal(0.0, SpectralRadius.Of(new double[9], 3));
    }
}
