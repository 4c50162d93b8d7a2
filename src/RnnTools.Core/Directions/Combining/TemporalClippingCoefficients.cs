namespace RnnTools.Core.Directions.Combining;

/// <summary>
/// <c>temporal-clipping</c> (training.md §7): q = ‖H_{⌊T/4⌋}‖ (the original calls it a median; it is not);
/// β_t = 1 if ‖H_t‖ &lt; q else q/‖H_t‖. Rows are not normalised.
/// </summary>
public sealed class TemporalClippingCoefficients : CoefficientRule
{
    /// <inheritdoc/>
    public override string Name => "temporal-clipping";

    /// <inheritdoc/>
    public override bool Normalized => false;

    /// <inheritdoc/>
    public override void Compute(ReadOnlySpan<double> norms, Span<double> coefficients)
    {
        if (norms.Length > 0)
        {
            ClippingCoefficients.Clip(norms, norms[norms.Length / 4], coefficients);
        }
    }
}
