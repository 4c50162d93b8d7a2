namespace RnnTools.Core.Directions.Combining;

/// <summary>
/// <c>random-clipping</c> (training.md §7): one draw r ~ U[min_t ‖H_t‖, max_t ‖H_t‖); β_t = 1 if ‖H_t‖ &lt; r else
/// r/‖H_t‖, so every component is clipped to norm ≤ r. Rows are not normalised.
/// </summary>
/// <param name="seed">The run seed of the rule's stream.</param>
public sealed class RandomClippingCoefficients(long seed) : RandomCoefficientRule(seed, "random-clipping")
{
    /// <inheritdoc/>
    public override string Name => "random-clipping";

    /// <inheritdoc/>
    public override bool Normalized => false;

    /// <inheritdoc/>
    public override void Compute(ReadOnlySpan<double> norms, Span<double> coefficients)
    {
        if (norms.Length == 0)
        {
            return;
        }

        double low = double.PositiveInfinity, high = double.NegativeInfinity;
        foreach (double norm in norms)
        {
            low = Math.Min(low, norm);
            high = Math.Max(high, norm);
        }

        ClippingCoefficients.Clip(norms, low + ((high - low) * Random.NextDouble()), coefficients);
    }
}
