using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;
using RnnTools.Core.Random;

namespace RnnTools.Core.Initialization;

/// <summary>
/// <c>orthogonal</c> (training.md §6.3), square only. <c>haar</c>: A ~ Normal(0, 1), A = QR,
/// Q ← Q·diag(sign(R_ii)), W = scale·Q. <c>galvan</c>: W = scale·U with U the left singular vectors of a U[0, 1) matrix.
/// </summary>
/// <param name="scale">The factor applied to the orthogonal matrix.</param>
/// <param name="method">How the matrix is drawn.</param>
/// <param name="random">The stream this initialiser owns.</param>
public sealed class OrthogonalInitializer(double scale, OrthogonalMethod method, NumpyRandomState random) : IMatrixInitializer
{
    /// <inheritdoc/>
    public void Fill(Span<double> destination, MatrixTarget target)
    {
        int n = SquareMatrix.Require(target, "orthogonal");
        Span<double> draws = destination[..target.Length];
        for (int i = 0; i < draws.Length; i++)
        {
            draws[i] = method == OrthogonalMethod.Haar ? random.StandardNormal() : random.NextDouble();
        }

        Matrix<double> a = DenseMatrices.FromRowMajor(draws, n, n);
        Matrix<double> q;
        if (method == OrthogonalMethod.Haar)
        {
            QR<double> qr = a.QR(QRMethod.Full);
            q = qr.Q;
            for (int j = 0; j < n; j++)
            {
                if (qr.R[j, j] < 0)
                {
                    q.SetColumn(j, q.Column(j).Negate());
                }
            }
        }
        else
        {
            q = a.Svd(computeVectors: true).U;
        }

        DenseMatrices.ToRowMajor(q.Multiply(scale), destination);
    }
}
