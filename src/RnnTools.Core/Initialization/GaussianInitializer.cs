using RnnTools.Core.Random;

namespace RnnTools.Core.Initialization;

/// <summary><c>gaussian</c> (training.md §6.1): w_ij ~ Normal(mean, std), drawn row-major by the polar method.</summary>
/// <param name="mean">The mean.</param>
/// <param name="std">The standard deviation (≥ 0).</param>
/// <param name="random">The stream this initialiser owns.</param>
public sealed class GaussianInitializer(double mean, double std, NumpyRandomState random) : IMatrixInitializer
{
    /// <inheritdoc/>
    public void Fill(Span<double> destination, MatrixTarget target)
    {
        for (int i = 0; i < target.Length; i++)
        {
            destination[i] = random.Normal(mean, std);
        }
    }
}
