namespace RnnTools.Core.Directions.Combining;

/// <summary><c>uniform-random</c> (training.md §7): β_t ~ U[0,1) i.i.d. (not summing to 1). Normalised rows.</summary>
/// <param name="seed">The run seed of the rule's stream.</param>
public sealed class UniformRandomCoefficients(long seed) : RandomCoefficientRule(seed, "uniform-random")
{
    /// <inheritdoc/>
    public override string Name => "uniform-random";

    /// <inheritdoc/>
    public override bool Normalized => true;

    /// <inheritdoc/>
    public override void Compute(ReadOnlySpan<double> norms, Span<double> coefficients)
    {
        for (int t = 0; t < coefficients.Length; t++)
        {
            coefficients[t] = Random.NextDouble();
        }
    }
}
