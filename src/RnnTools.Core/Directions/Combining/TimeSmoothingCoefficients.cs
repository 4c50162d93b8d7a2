namespace RnnTools.Core.Directions.Combining;

/// <summary><c>time-smoothing</c> (training.md §7): β_t = exp(−0.005·(t + 1)), earlier steps weigh more. Normalised rows.</summary>
public sealed class TimeSmoothingCoefficients : CoefficientRule
{
    /// <inheritdoc/>
    public override string Name => "time-smoothing";

    /// <inheritdoc/>
    public override bool Normalized => true;

    /// <inheritdoc/>
    public override void Compute(ReadOnlySpan<double> norms, Span<double> coefficients)
    {
        for (int t = 0; t < coefficients.Length; t++)
        {
            coefficients[t] = Math.Exp(-0.005 * (t + 1));
        }
    }
}
