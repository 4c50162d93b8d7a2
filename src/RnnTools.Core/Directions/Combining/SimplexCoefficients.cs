namespace RnnTools.Core.Directions.Combining;

/// <summary>
/// <c>simplex</c>, the thesis rule (training.md §7): u_t ~ U[0,1) i.i.d., β_t = e^{1−u_t}/(Σ_j e^{1−u_j} + 1e−10);
/// Σβ = 1, β_t &gt; 0, near 1/T with jitter up to a factor e. Normalised rows.
/// </summary>
/// <param name="seed">The run seed of the rule's stream.</param>
public sealed class SimplexCoefficients(long seed) : RandomCoefficientRule(seed, "simplex")
{
    /// <inheritdoc/>
    public override string Name => "simplex";

    /// <inheritdoc/>
    public override bool Normalized => true;

    /// <inheritdoc/>
    public override void Compute(ReadOnlySpan<double> norms, Span<double> coefficients) => DrawSimplex(coefficients);
}
