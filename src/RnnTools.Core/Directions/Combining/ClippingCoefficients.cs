namespace RnnTools.Core.Directions.Combining;

/// <summary>The clipping form shared by <c>random-clipping</c> and <c>temporal-clipping</c>: β_t = 1 if ‖H_t‖ &lt; r, else r/‖H_t‖.</summary>
internal static class ClippingCoefficients
{
    /// <summary>Clips every component to norm ≤ <paramref name="bound"/>.</summary>
    public static void Clip(ReadOnlySpan<double> norms, double bound, Span<double> coefficients)
    {
        for (int t = 0; t < norms.Length; t++)
        {
            coefficients[t] = norms[t] < bound ? 1.0 : bound / norms[t];
        }
    }
}
