using System.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace RnnTools.Core.Diagnostics;

/// <summary>
/// Spectral statistics of the recurrent matrix (training.md §4.4): the spectral radius ρ = max |λ_i(W_rec)| of the
/// general real matrix and its singular values s_1 ≥ … ≥ s_n. All NaN when W_rec has a non-finite entry.
/// </summary>
/// <param name="Rho">ρ, the largest eigenvalue magnitude.</param>
/// <param name="MaxSingular">s_1, the largest singular value (the spectral norm).</param>
/// <param name="MinSingular">s_n, the smallest singular value.</param>
/// <param name="SingularVar">The population variance of the singular values.</param>
public sealed record SpectralStatistics(double Rho, double MaxSingular, double MinSingular, double SingularVar)
{
    /// <summary>The statistics of a matrix with a non-finite entry.</summary>
    public static SpectralStatistics NotFinite { get; } = new(double.NaN, double.NaN, double.NaN, double.NaN);

    /// <summary>Whether every statistic is a finite number.</summary>
    public bool IsFinite => double.IsFinite(Rho) && double.IsFinite(MaxSingular) && double.IsFinite(MinSingular) && double.IsFinite(SingularVar);

    /// <summary>Computes the statistics of a square matrix (in double precision).</summary>
    /// <param name="matrix">The matrix [n × n], row-major.</param>
    /// <param name="n">Its order.</param>
    public static SpectralStatistics Compute<T>(ReadOnlySpan<T> matrix, int n)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        Matrix<double>? dense = ToDense(matrix, n);
        if (dense is null)
        {
            return NotFinite;
        }

        double[] singular = dense.Svd(computeVectors: false).S.ToArray();
        double mean = singular.Average();
        double variance = singular.Sum(s => (s - mean) * (s - mean)) / singular.Length;
        return new SpectralStatistics(Radius(dense), singular.Max(), singular.Min(), variance);
    }

    /// <summary>ρ = max |λ_i| of a square matrix [n × n], row-major; NaN when an entry is not finite.</summary>
    public static double SpectralRadius<T>(ReadOnlySpan<T> matrix, int n)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        Matrix<double>? dense = ToDense(matrix, n);
        return dense is null ? double.NaN : Radius(dense);
    }

    private static double Radius(Matrix<double> dense) =>
        dense.Evd(Symmetricity.Asymmetric).EigenValues.Max(value => value.Magnitude);

    private static Matrix<double>? ToDense<T>(ReadOnlySpan<T> matrix, int n)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        if (matrix.Length != n * n)
        {
            throw new ArgumentException($"A matrix of order {n} has {n * n} entries, not {matrix.Length}.", nameof(matrix));
        }

        double[] values = new double[n * n];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = double.CreateTruncating(matrix[i]);
            if (!double.IsFinite(values[i]))
            {
                return null;
            }
        }

        return Matrix<double>.Build.DenseOfRowMajor(n, n, values);
    }
}
