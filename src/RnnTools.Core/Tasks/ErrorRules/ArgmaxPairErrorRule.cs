namespace RnnTools.Core.Tasks.ErrorRules;

/// <summary>
/// The last-step one-hot error of tasks.md §2.9: over the active (t, b) pairs, the fraction whose output argmax differs
/// from the target argmax (ties to the lowest index). With one active step per sequence this is the fraction of wrong
/// sequences.
/// </summary>
internal sealed class ArgmaxPairErrorRule : SequenceErrorRule
{
    /// <inheritdoc />
    public override string Describe() => "fraction of active steps whose argmax y differs from argmax t";

    /// <inheritdoc />
    protected override double Compute(Batch batch, ReadOnlySpan<double> outputs)
    {
        int active = 0, wrong = 0;
        for (int t = 0; t < batch.Length; t++)
        {
            for (int b = 0; b < batch.BatchSize; b++)
            {
                if (batch.IsActive(t, b))
                {
                    active++;
                    int start = batch.OutputIndex(t, 0, b);
                    wrong += ArgMax(outputs, start, batch.BatchSize, batch.OutputSize) == ArgMax(batch.Targets, start, batch.BatchSize, batch.OutputSize) ? 0 : 1;
                }
            }
        }

        return active == 0 ? 0 : (double)wrong / active;
    }
}
