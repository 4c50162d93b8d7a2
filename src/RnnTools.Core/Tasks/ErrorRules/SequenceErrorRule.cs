namespace RnnTools.Core.Tasks.ErrorRules;

/// <summary>A task's error rule: the error of a batch given the network outputs after the output function.</summary>
internal abstract class SequenceErrorRule
{
    /// <summary>The rule in words (for task listings).</summary>
    public abstract string Describe();

    /// <summary>The error of <paramref name="batch"/> for outputs in its (T, n_out, B) layout.</summary>
    /// <exception cref="ArgumentException">The outputs do not have the targets' size.</exception>
    public double Error(Batch batch, ReadOnlySpan<double> outputs)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (outputs.Length != batch.Targets.Length)
        {
            throw new ArgumentException($"The outputs have {outputs.Length} values; the batch targets have {batch.Targets.Length} (T, n_out, B).", nameof(outputs));
        }

        return Compute(batch, outputs);
    }

    /// <summary>The error, for outputs of the right size.</summary>
    protected abstract double Compute(Batch batch, ReadOnlySpan<double> outputs);

    /// <summary>
    /// The index of the largest of <paramref name="count"/> values spaced <paramref name="stride"/> apart from
    /// <paramref name="start"/> (ties: the lowest index); -1 when a value is NaN, so a NaN output is always wrong.
    /// </summary>
    protected static int ArgMax(ReadOnlySpan<double> values, int start, int stride, int count)
    {
        int best = 0;
        double bestValue = values[start];
        for (int i = 0; i < count; i++)
        {
            double value = values[start + (i * stride)];
            if (double.IsNaN(value))
            {
                return -1;
            }

            if (value > bestValue)
            {
                best = i;
                bestValue = value;
            }
        }

        return best;
    }
}
