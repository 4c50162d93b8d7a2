namespace RnnTools.Core.Tasks;

/// <summary>
/// Batches handed back by a task's consumer (<see cref="ISequenceTask.Recycle"/>), kept by shape so that the next batch
/// of that shape reuses their arrays instead of allocating (a training loop draws one batch per iteration, and batches
/// of a few hundred kilobytes land on the large-object heap). At most <see cref="MaxShapes"/> shapes are kept.
/// </summary>
internal sealed class SpareBatches
{
    /// <summary>The most shapes kept (lengths vary from batch to batch; this bounds the memory held).</summary>
    public const int MaxShapes = 8;

    private readonly Dictionary<(int Length, int BatchSize), Batch> spares = [];

    /// <summary>Keeps <paramref name="batch"/> for reuse (dropping every other spare when the shapes are full).</summary>
    public void Add(Batch batch)
    {
        if (spares.Count >= MaxShapes && !spares.ContainsKey((batch.Length, batch.BatchSize)))
        {
            spares.Clear();
        }

        spares[(batch.Length, batch.BatchSize)] = batch;
    }

    /// <summary>An array of <paramref name="batchSize"/> lengths all equal to <paramref name="length"/> (the spare's own array when one fits).</summary>
    public int[] UniformLengths(int length, int batchSize)
    {
        int[] lengths = spares.TryGetValue((length, batchSize), out Batch? spare) ? spare.Lengths : new int[batchSize];
        Array.Fill(lengths, length);
        return lengths;
    }

    /// <summary>A zeroed batch as long as the longest of <paramref name="lengths"/>: a spare of that shape, cleared, or a new one.</summary>
    public Batch Take(int[] lengths, int inputSize, int outputSize)
    {
        int length = lengths.Max(), batchSize = lengths.Length;
        if (!spares.Remove((length, batchSize), out Batch? spare) || spare.InputSize != inputSize || spare.OutputSize != outputSize)
        {
            return new Batch(length, inputSize, outputSize, batchSize,
                new double[length * inputSize * batchSize], new double[length * outputSize * batchSize], new double[length * outputSize * batchSize], lengths);
        }

        Array.Clear(spare.Inputs);
        Array.Clear(spare.Targets);
        Array.Clear(spare.Mask);
        if (!ReferenceEquals(lengths, spare.Lengths))
        {
            lengths.CopyTo(spare.Lengths, 0);
        }

        return spare;
    }
}
