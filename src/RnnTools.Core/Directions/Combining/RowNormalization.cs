namespace RnnTools.Core.Directions.Combining;

/// <summary>The row normalisation of training.md §7: G_t = H_t/‖H_t‖ when ‖H_t‖ is trustworthy (finite and ≥ τ_trust), else H_t.</summary>
internal static class RowNormalization
{
    /// <summary>Whether a row of this norm is divided by it.</summary>
    public static bool Trusted(double norm, double trustThreshold) => double.IsFinite(norm) && norm >= trustThreshold;

    /// <summary>
    /// The weights w_t of Σ_t w_t·H_t that give Σ_t β_t·G_t, written to <paramref name="weights"/>; returns Σ_t ‖G_t‖.
    /// </summary>
    public static double Weights(ReadOnlySpan<double> coefficients, ReadOnlySpan<double> norms, bool normalized, double trustThreshold, Span<double> weights)
    {
        double normSum = 0;
        for (int t = 0; t < coefficients.Length; t++)
        {
            bool divide = normalized && Trusted(norms[t], trustThreshold);
            weights[t] = divide ? coefficients[t] / norms[t] : coefficients[t];
            normSum += divide ? 1.0 : norms[t];
        }

        return normSum;
    }
}
