using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace RnnTools.Core.Directions.Combining;

/// <summary>
/// The linear algebra of <c>equiangular</c> (training.md §7): for G (n × p, rows normalised) of rank n ≤ p, solve
/// b = (G Gᵀ)⁻¹𝟙 through the thin QR factorisation Gᵀ = Q R (Rᵀx = 𝟙, then R b = x), and c_eq = 1/√(Σ_t b_t).
/// </summary>
internal static class EquiangularSolver
{
    private const double RankTolerance = 1e-10;

    /// <summary>
    /// Writes b to <paramref name="b"/> and returns c_eq, or NaN when n &gt; p, G is rank-deficient or Σb ≤ 0.
    /// </summary>
    /// <param name="rows">G row-major, exactly n·p values (read as the column-major storage of Gᵀ).</param>
    /// <param name="n">The number of rows.</param>
    /// <param name="p">The number of columns.</param>
    /// <param name="b">Length n.</param>
    public static double Solve(double[] rows, int n, int p, Span<double> b)
    {
        if (n == 0 || n > p)
        {
            return double.NaN;
        }

        Matrix<double> r = Matrix<double>.Build.Dense(p, n, rows).QR(QRMethod.Thin).R;
        double largest = 0;
        for (int i = 0; i < n; i++)
        {
            largest = Math.Max(largest, Math.Abs(r[i, i]));
        }

        for (int i = 0; i < n; i++)
        {
            if (!(Math.Abs(r[i, i]) > RankTolerance * largest))
            {
                return double.NaN;
            }
        }

        // Rᵀx = 𝟙 (forward substitution), stored in b; then R b = x (back substitution) in place.
        for (int i = 0; i < n; i++)
        {
            double sum = 1.0;
            for (int j = 0; j < i; j++)
            {
                sum -= r[j, i] * b[j];
            }

            b[i] = sum / r[i, i];
        }

        for (int i = n - 1; i >= 0; i--)
        {
            double sum = b[i];
            for (int j = i + 1; j < n; j++)
            {
                sum -= r[i, j] * b[j];
            }

            b[i] = sum / r[i, i];
        }

        double total = 0;
        foreach (double value in b)
        {
            total += value;
        }

        return total > 0 && double.IsFinite(total) ? 1.0 / Math.Sqrt(total) : double.NaN;
    }
}
