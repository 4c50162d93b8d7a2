using MathNet.Numerics.LinearAlgebra;
using RnnTools.Core.Random;

namespace RnnTools.Core.Initialization;

/// <summary>
/// <c>eigen</c> (post-thesis, training.md §6.3): Q = <c>orthogonal</c> (galvan method, its own stream); d_i ~
/// Normal(mean, std) from a second stream seeded with the same seed; W = Q·diag(d)·Qᵀ (symmetric, eigenvalues d_i).
/// </summary>
/// <param name="orthogonal">The galvan-method orthogonal initialiser with its own stream.</param>
/// <param name="mean">Mean of the eigenvalues.</param>
/// <param name="std">Standard deviation of the eigenvalues.</param>
/// <param name="eigenvalueRandom">The second stream, for the eigenvalues.</param>
public sealed class EigenInitializer(OrthogonalInitializer orthogonal, double mean, double std, NumpyRandomState eigenvalueRandom)
    : IMatrixInitializer
{
    /// <inheritdoc/>
    public void Fill(Span<double> destination, MatrixTarget target)
    {
        int n = SquareMatrix.Require(target, "eigen");
        orthogonal.Fill(destination, target);
        Matrix<double> q = DenseMatrices.FromRowMajor(destination[..target.Length], n, n);
        var d = Vector<double>.Build.Dense(n, _ => eigenvalueRandom.Normal(mean, std));
        DenseMatrices.ToRowMajor(q * Matrix<double>.Build.DenseOfDiagonalVector(d) * q.Transpose(), destination);
    }
}
