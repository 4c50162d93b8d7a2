using RnnTools.Core.Random;

namespace RnnTools.Core.Initialization;

/// <summary><c>uniform</c> (training.md §6.1): w_ij ~ U[low, high), drawn row-major.</summary>
/// <param name="low">The lower bound.</param>
/// <param name="high">The upper bound (≥ low).</param>
/// <param name="random">The stream this initialiser owns.</param>
public sealed class UniformInitializer(double low, double high, NumpyRandomState random) : IMatrixInitializer
{
    /// <inheritdoc/>
    public void Fill(Span<double> destination, MatrixTarget target)
    {
        for (int i = 0; i < target.Length; i++)
        {
            destination[i] = random.Uniform(low, high);
        }
    }
}
