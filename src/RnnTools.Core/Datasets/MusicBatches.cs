using RnnTools.Core.Random;
using RnnTools.Core.Tasks;

namespace RnnTools.Core.Datasets;

/// <summary>
/// Next-step batches of piano rolls (tasks.md §5.2–5.3): inputs are steps t, targets steps t + 1, both 88 keys wide.
/// Training batches draw B sequence indices with replacement, then (split mode) one crop start per sequence.
/// </summary>
public static class MusicBatches
{
    /// <summary>A training batch in the normative draw order: B indices, then the crop starts of split mode.</summary>
    /// <param name="train">The training sequences.</param>
    /// <param name="random">The sampler's stream (seeded with the dataset seed).</param>
    /// <param name="batchSize">B ≥ 1.</param>
    /// <param name="mode">Split (random crops of one common length) or full (whole sequences, padded).</param>
    /// <param name="cropLength">The longest crop of split mode (300 by default).</param>
    public static Batch Training(IReadOnlyList<int[][]> train, NumpyRandomState random, int batchSize, SplitMode mode, int cropLength) =>
        Training(train, random, batchSize, mode, cropLength, new SpareBatches());

    /// <summary>As <see cref="Training(IReadOnlyList{int[][]}, NumpyRandomState, int, SplitMode, int)"/>, reusing a spare batch of the same shape.</summary>
    internal static Batch Training(IReadOnlyList<int[][]> train, NumpyRandomState random, int batchSize, SplitMode mode, int cropLength,
        SpareBatches spares)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(cropLength, 1);
        int[] indexes = new int[batchSize];
        for (int b = 0; b < batchSize; b++)
        {
            indexes[b] = random.RandInt(train.Count);
        }

        if (mode == SplitMode.Full)
        {
            return Full(train, indexes, spares);
        }

        int length = cropLength;
        foreach (int index in indexes)
        {
            length = Math.Min(length, train[index].Length - 1);
        }

        Batch batch = spares.Take(spares.UniformLengths(length, batchSize), PianoRoll.Keys, PianoRoll.Keys);
        for (int b = 0; b < batchSize; b++)
        {
            int[][] sequence = train[indexes[b]];
            Fill(batch, b, sequence, random.RandInt(sequence.Length - length), length);
        }

        return batch;
    }

    /// <summary>A full-mode batch of the given sequences: length max L_b − 1, each masked on its own L_b − 1 steps.</summary>
    public static Batch Full(IReadOnlyList<int[][]> sequences, ReadOnlySpan<int> indexes) => Full(sequences, indexes, new SpareBatches());

    private static Batch Full(IReadOnlyList<int[][]> sequences, ReadOnlySpan<int> indexes, SpareBatches spares)
    {
        ArgumentNullException.ThrowIfNull(sequences);
        int[] lengths = new int[indexes.Length];
        for (int b = 0; b < indexes.Length; b++)
        {
            lengths[b] = sequences[indexes[b]].Length - 1;
        }

        Batch batch = spares.Take(lengths, PianoRoll.Keys, PianoRoll.Keys);
        for (int b = 0; b < indexes.Length; b++)
        {
            Fill(batch, b, sequences[indexes[b]], 0, lengths[b]);
        }

        return batch;
    }

    /// <summary>The evaluation batch of one sequence (full mode, B = 1), as validation and test sets are evaluated.</summary>
    public static Batch Evaluation(int[][] sequence)
    {
        ArgumentNullException.ThrowIfNull(sequence);
        return Full([sequence], [0]);
    }

    private static void Fill(Batch batch, int b, int[][] sequence, int start, int length)
    {
        for (int t = 0; t < length; t++)
        {
            foreach (int note in sequence[start + t])
            {
                batch.Inputs[batch.InputIndex(t, PianoRoll.Column(note), b)] = 1;
            }

            foreach (int note in sequence[start + t + 1])
            {
                batch.Targets[batch.OutputIndex(t, PianoRoll.Column(note), b)] = 1;
            }

            for (int key = 0; key < PianoRoll.Keys; key++)
            {
                batch.Mask[batch.OutputIndex(t, key, b)] = 1;
            }
        }
    }
}
