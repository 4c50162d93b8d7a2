using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace RnnTools.Core.Initialization;

/// <summary>ρ(W) = max_i |λ_i(W)| of a general real square matrix (training.md §4.4), via MathNet's eigen-decomposition.</summary>
public static class SpectralRadius
{
    /// <summary>
    /// The spectral radius of the n × n row-major matrix: 0 for the zero matrix, NaN if an entry is not finite or the
    /// eigenvalue iteration does not converge.
    /// </summary>
    /// <exception cref="ArgumentException">The span does not hold n·n values.</exception>
    public static double Of(ReadOnlySpan<double> matrix, int n)
    {
        if (matrix.Length != n * n)
        {
            throw new ArgumentException($"A {n}×{n} matrix has {n * n} entries, not {matrix.Length}.", nameof(matrix));
        }

        bool zero = true;
        foreach (double value in matrix)
        {
            if (!double.IsFinite(value))
            {
                return double.NaN;
            }

            zero &= value == 0;
        }

        if (zero)
        {
            return 0;
        }

        Matrix<double> w = DenseMatrices.FromRowMajor(matrix, n, n);
        try
        {
            return w.Evd(Symmetricity.Asymmetric).EigenValues.Max(lambda => lambda.Magnitude);
        }
        catch (NonConvergenceException)
        {
            return double.NaN;
        }
    }
}
