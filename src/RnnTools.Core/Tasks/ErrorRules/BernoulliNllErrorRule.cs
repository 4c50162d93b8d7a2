using System.Globalization;

namespace RnnTools.Core.Tasks.ErrorRules;

/// <summary>
/// The music figure: the NLL per active step in nats, ℓ_t = −Σ_o [t ln y + (1 − t) ln(1 − y)] over the unmasked keys,
/// averaged over the active (t, b) pairs (tasks.md §5.2), from the logistic outputs. Outputs are clamped to
/// [ε, 1 − ε] with ε = 1e−12 so that a saturated output gives a large finite figure.
/// </summary>
internal sealed class BernoulliNllErrorRule : SequenceErrorRule
{
    /// <summary>The clamp ε of the probabilities.</summary>
    public const double Epsilon = 1e-12;

    /// <inheritdoc />
    public override string Describe() => string.Create(CultureInfo.InvariantCulture, $"NLL per active step (nats), outputs clamped to [{Epsilon}, 1-{Epsilon}]");

    /// <inheritdoc />
    protected override double Compute(Batch batch, ReadOnlySpan<double> outputs)
    {
        double total = 0;
        int active = 0;
        for (int t = 0; t < batch.Length; t++)
        {
            for (int b = 0; b < batch.BatchSize; b++)
            {
                if (!batch.IsActive(t, b))
                {
                    continue;
                }

                active++;
                for (int o = 0; o < batch.OutputSize; o++)
                {
                    int index = batch.OutputIndex(t, o, b);
                    if (batch.Mask[index] != 0)
                    {
                        double p = Math.Clamp(outputs[index], Epsilon, 1 - Epsilon), target = batch.Targets[index];
                        total -= (target * Math.Log(p)) + ((1 - target) * Math.Log(1 - p));
                    }
                }
            }
        }

        return active == 0 ? 0 : total / active;
    }
}
