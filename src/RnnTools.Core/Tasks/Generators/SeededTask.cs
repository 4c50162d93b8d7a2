using RnnTools.Core.Random;
using RnnTools.Core.Tasks.ErrorRules;

namespace RnnTools.Core.Tasks.Generators;

/// <summary>
/// A task that owns NumPy-compatible streams, all seeded with the task seed: it allocates batches of its sizes, applies
/// its error rule and captures and restores its streams.
/// </summary>
internal abstract class SeededTask : ISequenceTask
{
    private readonly SequenceErrorRule rule;
    private readonly NumpyRandomState[] streams;
    private readonly SpareBatches spares = new();

    /// <summary>Creates the task with <paramref name="streamCount"/> streams seeded with <paramref name="seed"/>.</summary>
    protected SeededTask(TaskDescription description, SequenceErrorRule rule, uint seed, int streamCount)
    {
        Description = description;
        this.rule = rule;
        streams = new NumpyRandomState[streamCount];
        for (int i = 0; i < streamCount; i++)
        {
            streams[i] = new NumpyRandomState(seed);
        }
    }

    /// <inheritdoc />
    public TaskDescription Description { get; }

    /// <inheritdoc />
    public Batch NextBatch(int batchSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        return Generate(batchSize);
    }

    /// <inheritdoc />
    public double Error(Batch batch, ReadOnlySpan<double> outputs) => rule.Error(batch, outputs);

    /// <inheritdoc />
    public void Recycle(Batch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.InputSize != Description.InputSize || batch.OutputSize != Description.OutputSize)
        {
            throw new ArgumentException($"The batch is not one of {Description.Name}'s (n_in {batch.InputSize}, n_out {batch.OutputSize}).", nameof(batch));
        }

        spares.Add(batch);
    }

    /// <inheritdoc />
    public TaskState CaptureState() => new([.. streams.Select(stream => stream.Snapshot())]);

    /// <inheritdoc />
    public void RestoreState(TaskState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Streams.Count != streams.Length)
        {
            throw new ArgumentException($"{Description.Name} owns {streams.Length} random stream(s); the state has {state.Streams.Count}.", nameof(state));
        }

        for (int i = 0; i < streams.Length; i++)
        {
            streams[i] = NumpyRandomState.Restore(state.Streams[i]);
        }
    }

    /// <summary>Generates the next batch (batchSize ≥ 1).</summary>
    protected abstract Batch Generate(int batchSize);

    /// <summary>Stream <paramref name="index"/> in the task's order.</summary>
    protected NumpyRandomState Stream(int index) => streams[index];

    /// <summary>A zeroed batch of array length <paramref name="length"/> whose sequences all have that length.</summary>
    protected Batch Allocate(int length, int batchSize) => Allocate(spares.UniformLengths(length, batchSize));

    /// <summary>A zeroed batch as long as the longest of <paramref name="lengths"/> (one entry per sequence), reusing a recycled one when it fits.</summary>
    protected Batch Allocate(int[] lengths) => spares.Take(lengths, Description.InputSize, Description.OutputSize);

    /// <summary>The batches handed back for reuse.</summary>
    protected SpareBatches Spares => spares;

    /// <summary>Sets the mask of every output of step <paramref name="t"/> of sequence <paramref name="b"/> to 1.</summary>
    protected static void MaskStep(Batch batch, int t, int b)
    {
        for (int o = 0; o < batch.OutputSize; o++)
        {
            batch.Mask[batch.OutputIndex(t, o, b)] = 1;
        }
    }

    /// <summary>Makes input step <paramref name="t"/> of sequence <paramref name="b"/> the one-hot code of <paramref name="symbol"/>.</summary>
    protected static void SetSymbol(Batch batch, int t, int b, int symbol)
    {
        for (int i = 0; i < batch.InputSize; i++)
        {
            batch.Inputs[batch.InputIndex(t, i, b)] = i == symbol ? 1 : 0;
        }
    }

    /// <summary>A scratch buffer of at least <paramref name="size"/> entries, grown only when needed.</summary>
    protected static int[] Scratch(ref int[] buffer, int size)
    {
        if (buffer.Length < size)
        {
            buffer = new int[size];
        }

        return buffer;
    }
}
