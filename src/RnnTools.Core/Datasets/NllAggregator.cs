namespace RnnTools.Core.Datasets;

/// <summary>
/// Accumulates per-step losses of sequences into the two averaging conventions of tasks.md §5.4: frame-weighted (all
/// steps of all sequences count equally; the primary figure) and the sequence mean (each sequence's mean counts
/// equally; what Galvan's thesis reports).
/// </summary>
public sealed class NllAggregator
{
    private double total;
    private double sumOfMeans;

    /// <summary>Sequences added.</summary>
    public int Sequences { get; private set; }

    /// <summary>Steps added over all sequences.</summary>
    public long Steps { get; private set; }

    /// <summary>Σ loss / Σ steps, in nats per step; NaN before any step.</summary>
    public double FrameWeighted => Steps == 0 ? double.NaN : total / Steps;

    /// <summary>The mean over sequences of each sequence's mean loss per step; NaN before any sequence.</summary>
    public double SequenceMean => Sequences == 0 ? double.NaN : sumOfMeans / Sequences;

    /// <summary>Adds one sequence by its per-step losses.</summary>
    public void Add(ReadOnlySpan<double> stepLosses)
    {
        double sum = 0;
        foreach (double loss in stepLosses)
        {
            sum += loss;
        }

        Add(sum, stepLosses.Length);
    }

    /// <summary>Adds one sequence by the sum of its step losses and its number of steps (≥ 1).</summary>
    public void Add(double lossSum, int steps)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 1);
        total += lossSum;
        sumOfMeans += lossSum / steps;
        Steps += steps;
        Sequences++;
    }
}
