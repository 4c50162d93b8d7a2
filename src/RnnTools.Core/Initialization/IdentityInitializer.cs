namespace RnnTools.Core.Initialization;

/// <summary>
/// <c>identity</c> / <c>eye</c> (training.md §6.1): W = scale·I + Gaussian(mean, std), square only. With std = 0 and a
/// ReLU activation this is the IRNN of Le et al. (2015).
/// </summary>
/// <param name="scale">The diagonal value.</param>
/// <param name="noise">The Gaussian added to every entry (it owns its stream).</param>
public sealed class IdentityInitializer(double scale, GaussianInitializer noise) : IMatrixInitializer
{
    /// <inheritdoc/>
    public void Fill(Span<double> destination, MatrixTarget target)
    {
        int n = SquareMatrix.Require(target, "identity");
        noise.Fill(destination, target);
        for (int i = 0; i < n; i++)
        {
            destination[(i * n) + i] += scale;
        }
    }
}
