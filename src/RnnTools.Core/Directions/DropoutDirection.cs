using System.Numerics;
using RnnTools.Core.Optimization;
using RnnTools.Core.Random;

namespace RnnTools.Core.Directions;

/// <summary>
/// <c>dropout(inner, rate, seed)</c> (training.md §8): d = d_inner ⊙ m with m_i ~ Bernoulli(1 − rate) drawn fresh every
/// iteration from <c>ProjectRandom.ForPurpose(seed, "dropout")</c>, in parameter order; no rescaling.
/// </summary>
/// <typeparam name="T">float or double.</typeparam>
public sealed class DropoutDirection<T> : IDirectionRule<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private const string RandomKey = "random";
    private const string InnerKey = "inner";
    private readonly IDirectionRule<T> inner;
    private readonly double keepProbability;
    private ProjectRandom random;

    /// <summary>Creates the rule.</summary>
    /// <param name="inner">The direction whose entries are dropped.</param>
    /// <param name="rate">The drop probability, in [0, 1).</param>
    /// <param name="seed">The run seed of the mask stream.</param>
    public DropoutDirection(IDirectionRule<T> inner, double rate, long seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rate);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(rate, 1.0);
        this.inner = inner;
        keepProbability = 1.0 - rate;
        random = ProjectRandom.ForPurpose(seed, "dropout");
    }

    /// <inheritdoc/>
    public string Name => $"dropout({inner.Name})";

    /// <inheritdoc/>
    public DirectionInfo Compute(DirectionInput<T> input, Span<T> direction)
    {
        DirectionInfo innerInfo = inner.Compute(input, direction);
        int kept = 0, nonZeros = 0;
        for (int i = 0; i < direction.Length; i++)
        {
            if (random.Bernoulli(keepProbability))
            {
                kept++;
                nonZeros += direction[i] != T.Zero ? 1 : 0;
            }
            else
            {
                direction[i] = T.Zero;
            }
        }

        DirectionInfo final = DirectionInfo.Of<T>(direction, input.Gradient);
        return innerInfo with { DirNorm = final.DirNorm, DirCos = final.DirCos, DropoutKept = kept, DropoutNonZeros = nonZeros };
    }

    /// <inheritdoc/>
    public RuleState CaptureState() => RuleState.Empty.With(RandomKey, random.Snapshot()).WithChild(InnerKey, inner.CaptureState());

    /// <inheritdoc/>
    public void RestoreState(RuleState state)
    {
        random = ProjectRandom.Restore(state.Word(RandomKey));
        inner.RestoreState(state.Child(InnerKey));
    }

    /// <inheritdoc/>
    public void Reset() => inner.Reset();
}
