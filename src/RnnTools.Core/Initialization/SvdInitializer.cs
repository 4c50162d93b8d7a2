using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;
using RnnTools.Core.Random;

namespace RnnTools.Core.Initialization;

/// <summary>
/// <c>svd</c> (training.md §6.3), square only: inner A = U S Vᵀ; n values Normal(0, 5) are drawn and discarded (as
/// Galvan's code did), then s'_i = scale·U[−1, 1); W = U·diag(s')·Vᵀ. Negative s' are allowed, as in the original.
/// </summary>
/// <param name="inner">The matrix whose singular vectors are kept.</param>
/// <param name="scale">The factor of the new singular values.</param>
/// <param name="random">The stream this initialiser owns (not the inner one's).</param>
public sealed class SvdInitializer(IMatrixInitializer inner, double scale, NumpyRandomState random) : IMatrixInitializer
{
    /// <inheritdoc/>
    public void Fill(Span<double> destination, MatrixTarget target)
    {
        int n = SquareMatrix.Require(target, "svd");
        inner.Fill(destination, target);
        Svd<double> svd = DenseMatrices.FromRowMajor(destination[..target.Length], n, n).Svd(computeVectors: true);
        for (int i = 0; i < n; i++)
        {
            random.Normal(0.0, 5.0);
        }

        var singular = Vector<double>.Build.Dense(n, _ => random.Uniform(-1.0, 1.0) * scale);
        DenseMatrices.ToRowMajor(svd.U * Matrix<double>.Build.DenseOfDiagonalVector(singular) * svd.VT, destination);
    }
}
