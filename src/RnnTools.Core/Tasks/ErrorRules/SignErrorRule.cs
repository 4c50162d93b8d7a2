namespace RnnTools.Core.Tasks.ErrorRules;

/// <summary>
/// Galvan's Xor rule: an active pair is wrong iff t·y ≤ 0 on output 0 (a zero output is wrong). The error is the
/// fraction of wrong active pairs, one per sequence for Xor.
/// </summary>
internal sealed class SignErrorRule : SequenceErrorRule
{
    /// <inheritdoc />
    public override string Describe() => "sequence wrong iff t*y <= 0 at its last step";

    /// <inheritdoc />
    protected override double Compute(Batch batch, ReadOnlySpan<double> outputs)
    {
        int active = 0, wrong = 0;
        for (int t = 0; t < batch.Length; t++)
        {
            for (int b = 0; b < batch.BatchSize; b++)
            {
                int index = batch.OutputIndex(t, 0, b);
                if (batch.Mask[index] != 0)
                {
                    active++;
                    wrong += batch.Targets[index] * outputs[index] > 0 ? 0 : 1;
                }
            }
        }

        return active == 0 ? 0 : (double)wrong / active;
    }
}
