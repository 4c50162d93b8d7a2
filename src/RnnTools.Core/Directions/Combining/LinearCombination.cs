using System.Numerics;
using RnnTools.Core.Gradients;
using RnnTools.Core.Optimization;

namespace RnnTools.Core.Directions.Combining;

/// <summary>
/// The linear combining rules of training.md §7: c = Σ_t β_t·G_t with β from a <see cref="CoefficientRule"/>, G the
/// (optionally normalised) rows of H, then norm preservation. In separate mode the rule applies to W_rec (steps 1..T−1),
/// W_in and b_rec on their own block norms, W_out and b_out take their plain sums, and the whole vector keeps ‖g‖.
/// </summary>
/// <typeparam name="T">float or double.</typeparam>
public sealed class LinearCombination<T> : ICombiningRule<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private static readonly VariableBlock[] RuleBlocks = [VariableBlock.WRec, VariableBlock.WIn, VariableBlock.BRec];
    private readonly CoefficientRule rule;
    private readonly CombinationSettings settings;
    private readonly GrowOnlyBuffer<double> weights = new();
    private readonly GrowOnlyBuffer<double> coefficients = new();

    /// <summary>Creates the rule.</summary>
    public LinearCombination(CoefficientRule rule, CombinationSettings settings)
    {
        this.rule = rule;
        this.settings = settings;
    }

    /// <inheritdoc/>
    public string Name => rule.Name;

    /// <inheritdoc/>
    public CombinationInfo Combine(ITemporalComponents<T> components, Span<T> destination)
    {
        int steps = components.Steps;
        Span<double> w = weights.Get(5 * steps);
        double normSum;
        int rows;
        if (settings.SeparateBlocks)
        {
            normSum = 0;
            rows = 0;
            foreach (VariableBlock block in RuleBlocks)
            {
                int first = block == VariableBlock.WRec ? Math.Min(1, steps) : 0;
                Span<double> blockWeights = w.Slice((int)block * steps, steps);
                blockWeights[..first].Clear();
                normSum += Apply(components.BlockNorms(block)[first..], blockWeights[first..]);
                rows += steps - first;
            }

            w.Slice((int)VariableBlock.WOut * steps, steps).Fill(1.0);
            w.Slice((int)VariableBlock.BOut * steps, steps).Fill(1.0);
        }
        else
        {
            normSum = Apply(components.Norms, w[..steps]);
            rows = steps;
            for (int block = 1; block < 5; block++)
            {
                w[..steps].CopyTo(w.Slice(block * steps, steps));
            }
        }

        components.Combine(w, destination);
        bool fallback = settings.NormPreservation && NormPreservation.Apply(destination, components.Gradient);
        return new CombinationInfo(rows > 0 ? normSum / rows : double.NaN, null, fallback);
    }

    /// <inheritdoc/>
    public RuleState CaptureState() => rule.CaptureState();

    /// <inheritdoc/>
    public void RestoreState(RuleState state) => rule.RestoreState(state);

    /// <inheritdoc/>
    public void Reset() => rule.Reset();

    private double Apply(ReadOnlySpan<double> norms, Span<double> blockWeights)
    {
        Span<double> beta = coefficients.Get(norms.Length);
        rule.Compute(norms, beta);
        return RowNormalization.Weights(beta, norms, rule.Normalized, settings.TrustThreshold, blockWeights);
    }
}
