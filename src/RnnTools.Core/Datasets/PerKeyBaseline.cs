namespace RnnTools.Core.Datasets;

/// <summary>
/// The per-key frequency baseline of tasks.md §5.6: key j sounds independently with probability q_j, its frequency over
/// all steps of all training sequences, clamped to [10⁻³, 1 − 10⁻³]. Any working model must beat its NLL.
/// </summary>
public sealed class PerKeyBaseline
{
    /// <summary>The clamp of the probabilities.</summary>
    public const double Clamp = 1e-3;

    private readonly double[] probabilities;
    private readonly double[] logOn;
    private readonly double silentLoss;

    private PerKeyBaseline(double[] probabilities)
    {
        this.probabilities = probabilities;
        logOn = new double[PianoRoll.Keys];
        for (int j = 0; j < PianoRoll.Keys; j++)
        {
            double q = probabilities[j];
            silentLoss -= Math.Log(1 - q);
            logOn[j] = Math.Log(q) - Math.Log(1 - q);
        }
    }

    /// <summary>q_j for the 88 keys.</summary>
    public IReadOnlyList<double> Probabilities => probabilities;

    /// <summary>Estimates q from every step of the training sequences.</summary>
    public static PerKeyBaseline Fit(IReadOnlyList<int[][]> train)
    {
        ArgumentNullException.ThrowIfNull(train);
        long[] counts = new long[PianoRoll.Keys];
        long frames = 0;
        foreach (int[][] sequence in train)
        {
            frames += sequence.Length;
            foreach (int[] step in sequence)
            {
                foreach (int note in step)
                {
                    counts[PianoRoll.Column(note)]++;
                }
            }
        }

        return new PerKeyBaseline([.. counts.Select(count => Math.Clamp(frames == 0 ? 0 : (double)count / frames, Clamp, 1 - Clamp))]);
    }

    /// <summary>ℓ = −Σ_j [y_j ln q_j + (1 − y_j) ln(1 − q_j)] of one step with the given notes, in nats.</summary>
    public double StepLoss(int[] notes)
    {
        ArgumentNullException.ThrowIfNull(notes);
        double loss = silentLoss;
        foreach (int note in notes)
        {
            loss -= logOn[PianoRoll.Column(note)];
        }

        return loss;
    }

    /// <summary>
    /// The baseline NLL of sequences in both conventions: over the predicted steps 1..T−1 (the next-step targets), or
    /// over all steps 0..T−1 when <paramref name="includeFirstStep"/> is true.
    /// </summary>
    public NllAggregator Evaluate(IReadOnlyList<int[][]> sequences, bool includeFirstStep = false)
    {
        ArgumentNullException.ThrowIfNull(sequences);
        var aggregator = new NllAggregator();
        foreach (int[][] sequence in sequences)
        {
            double sum = 0;
            for (int t = includeFirstStep ? 0 : 1; t < sequence.Length; t++)
            {
                sum += StepLoss(sequence[t]);
            }

            aggregator.Add(sum, includeFirstStep ? sequence.Length : sequence.Length - 1);
        }

        return aggregator;
    }
}
