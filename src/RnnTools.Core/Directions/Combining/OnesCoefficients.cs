namespace RnnTools.Core.Directions.Combining;

/// <summary><c>ones</c> (training.md §7): β_t = 1; normalised by default, and exactly g with normalisation off.</summary>
/// <param name="normalized">Whether the rows are normalised (default true).</param>
public sealed class OnesCoefficients(bool normalized = true) : CoefficientRule
{
    /// <inheritdoc/>
    public override string Name => "ones";

    /// <inheritdoc/>
    public override bool Normalized => normalized;

    /// <inheritdoc/>
    public override void Compute(ReadOnlySpan<double> norms, Span<double> coefficients) => coefficients.Fill(1.0);
}
