using RnnTools.Core.Optimization;

namespace RnnTools.Core.Directions.Combining;

/// <summary>
/// <c>reduced-simplex(keep)</c> (training.md §7): p = max(1, ⌊T·keep⌋) distinct steps chosen uniformly, simplex weights
/// over those p, 0 elsewhere. With p = T it draws exactly as <c>simplex</c>. Normalised rows.
/// </summary>
public sealed class ReducedSimplexCoefficients : RandomCoefficientRule
{
    private readonly double keep;
    private readonly GrowOnlyBuffer<int> order = new();
    private readonly GrowOnlyBuffer<double> weights = new();

    /// <summary>Creates the rule.</summary>
    /// <param name="keep">The kept fraction, in (0, 1].</param>
    /// <param name="seed">The run seed of the rule's stream.</param>
    public ReducedSimplexCoefficients(double keep, long seed)
        : base(seed, "reduced-simplex")
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(keep);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(keep, 1.0);
        this.keep = keep;
    }

    /// <inheritdoc/>
    public override string Name => "reduced-simplex";

    /// <inheritdoc/>
    public override bool Normalized => true;

    /// <inheritdoc/>
    public override void Compute(ReadOnlySpan<double> norms, Span<double> coefficients)
    {
        int steps = coefficients.Length;
        int kept = Math.Max(1, (int)Math.Floor(steps * keep));
        if (steps == 0 || kept >= steps)
        {
            DrawSimplex(coefficients);
            return;
        }

        // The first p entries of a partial Fisher–Yates shuffle are p distinct uniform steps.
        Span<int> chosen = order.Get(steps);
        for (int t = 0; t < steps; t++)
        {
            chosen[t] = t;
        }

        for (int i = 0; i < kept; i++)
        {
            int j = i + Random.NextInt(steps - i);
            (chosen[i], chosen[j]) = (chosen[j], chosen[i]);
        }

        Span<double> simplex = weights.Get(kept);
        DrawSimplex(simplex);
        coefficients.Clear();
        for (int i = 0; i < kept; i++)
        {
            coefficients[chosen[i]] = simplex[i];
        }
    }
}
