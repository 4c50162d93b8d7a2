using System.Globalization;

namespace RnnTools.Core.Tasks.ErrorRules;

/// <summary>
/// A sequence is wrong when its distance to the targets, summed over its unmasked steps and outputs, exceeds a
/// threshold (Addition, Multiplication, PreTrain). The error is the fraction of wrong sequences; NaN counts as wrong.
/// </summary>
/// <param name="kind">|t − y| or (t − y)².</param>
/// <param name="threshold">The threshold θ.</param>
/// <param name="inclusive">True: wrong iff sum ≥ θ (hs1997); false: wrong iff sum &gt; θ.</param>
internal sealed class ThresholdErrorRule(SequenceErrorKind kind, double threshold, bool inclusive) : SequenceErrorRule
{
    /// <summary>The distance.</summary>
    public SequenceErrorKind Kind => kind;

    /// <summary>θ.</summary>
    public double Threshold => threshold;

    /// <summary>Whether a sum equal to θ is wrong.</summary>
    public bool Inclusive => inclusive;

    /// <inheritdoc />
    public override string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"sequence wrong iff sum over its masked outputs of {(kind == SequenceErrorKind.Abs ? "|t-y|" : "(t-y)^2")} {(inclusive ? ">=" : ">")} {threshold}");

    /// <inheritdoc />
    protected override double Compute(Batch batch, ReadOnlySpan<double> outputs)
    {
        int batchSize = batch.BatchSize;
        double[] sums = new double[batchSize];
        double[] targets = batch.Targets, mask = batch.Mask;
        for (int row = 0; row < batch.Length * batch.OutputSize; row++)
        {
            int offset = row * batchSize;
            for (int b = 0; b < batchSize; b++)
            {
                if (mask[offset + b] != 0)
                {
                    double difference = targets[offset + b] - outputs[offset + b];
                    sums[b] += kind == SequenceErrorKind.Abs ? Math.Abs(difference) : difference * difference;
                }
            }
        }

        int wrong = 0;
        foreach (double sum in sums)
        {
            bool correct = inclusive ? sum < threshold : sum <= threshold;
            wrong += correct ? 0 : 1;
        }

        return (double)wrong / batchSize;
    }
}
