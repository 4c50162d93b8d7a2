using RnnTools.Core.Errors;
using RnnTools.Core.Numerics;

namespace RnnTools.Core.Initialization;

/// <summary>
/// <c>spectral</c>, the thesis method (training.md §6.3, "Algorithm 3.1"): W ← inner; r = max|λ(W)|; W ← W·(ρ/r).
/// </summary>
/// <param name="inner">The initialiser drawn first (thesis: Gaussian(0, 0.1)).</param>
/// <param name="rho">The target spectral radius ρ (thesis: 1.2).</param>
public sealed class SpectralInitializer(IMatrixInitializer inner, double rho) : IMatrixInitializer
{
    /// <inheritdoc/>
    public void Fill(Span<double> destination, MatrixTarget target)
    {
        int n = SquareMatrix.Require(target, "spectral");
        inner.Fill(destination, target);
        double radius = SpectralRadius.Of(destination[..target.Length], n);
        if (radius == 0 || !double.IsFinite(radius))
        {
            throw RnnToolsException.InvalidParameter(
                target.Parameter, $"'spectral' cannot rescale a matrix whose spectral radius is {InvariantNumber.Format(radius)}; choose another inner initialisation.");
        }

        double factor = rho / radius;
        for (int i = 0; i < target.Length; i++)
        {
            destination[i] *= factor;
        }
    }
}
