namespace RnnTools.Core.Tasks.ErrorRules;

/// <summary>
/// Pascanu's "report all" rule (NoiselessMemorization): a sequence is wrong if the output argmax differs from the
/// target argmax at any of its active steps. The error is the fraction of wrong sequences.
/// </summary>
internal sealed class ArgmaxSequenceErrorRule : SequenceErrorRule
{
    /// <inheritdoc />
    public override string Describe() => "sequence wrong iff argmax y differs from argmax t at any of its steps";

    /// <inheritdoc />
    protected override double Compute(Batch batch, ReadOnlySpan<double> outputs)
    {
        int wrong = 0;
        for (int b = 0; b < batch.BatchSize; b++)
        {
            for (int t = 0; t < batch.Length; t++)
            {
                int start = batch.OutputIndex(t, 0, b);
                if (batch.IsActive(t, b) && ArgMax(outputs, start, batch.BatchSize, batch.OutputSize) != ArgMax(batch.Targets, start, batch.BatchSize, batch.OutputSize))
                {
                    wrong++;
                    break;
                }
            }
        }

        return (double)wrong / batch.BatchSize;
    }
}
