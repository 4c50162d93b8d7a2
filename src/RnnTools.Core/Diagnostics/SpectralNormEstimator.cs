using MathNet.Numerics.LinearAlgebra;

namespace RnnTools.Core.Diagnostics;

/// <summary>
/// ‖J‖₂ of a sequence of related square matrices by power iteration on J·Jᵀ, warm-started from the previous matrix's
/// dominant left singular vector (for the Jacobian products ∂a_t/∂a_k, k = t−1, t−2, …, that vector settles quickly).
/// It stops when the Rayleigh quotient grows by less than 1e−14 relative, which bounds the relative error of the
/// norm by about 1e−7 even for nearly equal top singular values; without convergence it falls back to a full SVD.
/// </summary>
internal sealed class SpectralNormEstimator
{
    private const int MaxIterations = 5000;
    private const double Tolerance = 1e-14;
    private readonly int n;
    private readonly double[] u, w, v;

    public SpectralNormEstimator(int n)
    {
        this.n = n;
        u = new double[n];
        w = new double[n];
        v = new double[n];
        Reset();
    }

    /// <summary>Forgets the warm start (a new sequence of matrices begins).</summary>
    public void Reset() => Array.Fill(u, 1 / Math.Sqrt(n));

    /// <summary>The spectral norm of J [n × n], row-major.</summary>
    public double Norm(ReadOnlySpan<double> j)
    {
        double previous = 0;
        for (int iteration = 0; iteration < MaxIterations; iteration++)
        {
            // w = Jᵀu, θ = ‖w‖² = uᵀJJᵀu; then u ← Jw/‖Jw‖.
            Array.Clear(w);
            for (int i = 0; i < n; i++)
            {
                double ui = u[i];
                ReadOnlySpan<double> row = j.Slice(i * n, n);
                for (int c = 0; c < n; c++)
                {
                    w[c] += row[c] * ui;
                }
            }

            double theta = 0;
            foreach (double value in w)
            {
                theta += value * value;
            }

            double length = 0;
            for (int i = 0; i < n; i++)
            {
                ReadOnlySpan<double> row = j.Slice(i * n, n);
                double sum = 0;
                for (int c = 0; c < n; c++)
                {
                    sum += row[c] * w[c];
                }

                v[i] = sum;
                length += sum * sum;
            }

            if (!double.IsFinite(theta) || !double.IsFinite(length))
            {
                return double.NaN;
            }

            if (length == 0)
            {
                if (!Restart(j))
                {
                    return 0;
                }

                continue;
            }

            length = Math.Sqrt(length);
            for (int i = 0; i < n; i++)
            {
                u[i] = v[i] / length;
            }

            if (theta - previous <= Tolerance * theta)
            {
                return Math.Sqrt(theta);
            }

            previous = theta;
        }

        return Matrix<double>.Build.DenseOfRowMajor(n, n, j.ToArray()).Svd(computeVectors: false).S[0];
    }

    /// <summary>Restarts from J's largest column when the current vector lies in the null space of Jᵀ; false for J = 0.</summary>
    private bool Restart(ReadOnlySpan<double> j)
    {
        int best = -1;
        double bestLength = 0;
        for (int c = 0; c < n; c++)
        {
            double length = 0;
            for (int i = 0; i < n; i++)
            {
                length += j[(i * n) + c] * j[(i * n) + c];
            }

            if (length > bestLength)
            {
                (best, bestLength) = (c, length);
            }
        }

        if (best < 0)
        {
            return false;
        }

        double scale = 1 / Math.Sqrt(bestLength);
        for (int i = 0; i < n; i++)
        {
            u[i] = j[(i * n) + best] * scale;
        }

        return true;
    }
}
