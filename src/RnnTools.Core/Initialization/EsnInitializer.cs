using RnnTools.Core.Errors;
using RnnTools.Core.Random;

namespace RnnTools.Core.Initialization;

/// <summary>
/// <c>esn</c> (training.md §6.3), square only: n² values U[−1, 1) (flat), then a permutation of the n² positions whose
/// first k are zeroed (k = ⌊n²·sparsity⌋, or n² − n when n &lt; 30); rescaled to spectral radius <c>scale</c>. A draw
/// whose spectral radius is 0 or not finite is redrawn (new values and permutation), at most 20 attempts in all.
/// </summary>
/// <param name="scale">The target spectral radius.</param>
/// <param name="sparsity">The fraction of zero entries, in [0, 1).</param>
/// <param name="random">The stream this initialiser owns.</param>
public sealed class EsnInitializer(double scale, double sparsity, NumpyRandomState random) : IMatrixInitializer
{
    /// <summary>The number of draws tried before giving up.</summary>
    public const int MaxAttempts = 20;

    /// <inheritdoc/>
    public void Fill(Span<double> destination, MatrixTarget target)
    {
        int n = SquareMatrix.Require(target, "esn");
        int count = n * n;
        Span<double> values = destination[..count];
        for (int attempt = 0; attempt < MaxAttempts; attempt++)
        {
            for (int i = 0; i < count; i++)
            {
                values[i] = random.Uniform(-1.0, 1.0);
            }

            int[] positions = random.Permutation(count);
            int zeros = n < 30 ? count - n : (int)(count * sparsity);
            for (int i = 0; i < zeros; i++)
            {
                values[positions[i]] = 0;
            }

            double radius = SpectralRadius.Of(values, n);
            if (radius != 0 && double.IsFinite(radius))
            {
                for (int i = 0; i < count; i++)
                {
                    values[i] = values[i] * scale / radius;
                }

                return;
            }
        }

        throw RnnToolsException.InvalidParameter(
            target.Parameter, $"'esn' drew no matrix with a non-zero spectral radius in {MaxAttempts} attempts; lower the sparsity.");
    }
}
