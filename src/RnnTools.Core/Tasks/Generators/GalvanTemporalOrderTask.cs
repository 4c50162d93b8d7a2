using RnnTools.Core.Random;
using RnnTools.Core.Tasks.ErrorRules;

namespace RnnTools.Core.Tasks.Generators;

/// <summary>
/// Galvan's TemporalOrder (tasks.md §2.4): six one-hot channels (0 = X, 1 = Y, 2–5 distractors), two special symbols,
/// class v0 + 2·v1 at the last step. One stream; the distractors are drawn before the positions. Plain mode shares one
/// length across the batch, mixed mode draws one per sequence.
/// </summary>
internal sealed class GalvanTemporalOrderTask : SeededTask
{
    private const int FirstDistractor = 2, Distractors = 4;
    private readonly int minLength;
    private readonly TemporalOrderMode mode;
    private int[] draws = [];

    /// <summary>Creates the task.</summary>
    public GalvanTemporalOrderTask(TaskDescription description, SequenceErrorRule rule, int minLength, TemporalOrderMode mode, uint seed)
        : base(description, rule, seed, streamCount: 1)
    {
        this.minLength = minLength;
        this.mode = mode;
    }

    /// <inheritdoc />
    protected override Batch Generate(int batchSize) => mode == TemporalOrderMode.Plain ? Plain(batchSize) : Mixed(batchSize);

    private Batch Plain(int batchSize)
    {
        NumpyRandomState random = Stream(0);
        int length = LengthLaws.Jitter(random, minLength), tenth = length / 10, window = 4 * length / 10;
        Batch batch = Allocate(length, batchSize);
        FillDistractors(batch, random);
        int[] d = Scratch(ref draws, 4 * batchSize);
        for (int b = 0; b < batchSize; b++)
        {
            d[b] = random.RandInt(tenth);
        }

        for (int b = 0; b < batchSize; b++)
        {
            d[batchSize + b] = random.RandInt(2);
        }

        for (int b = 0; b < batchSize; b++)
        {
            d[(2 * batchSize) + b] = tenth + random.RandInt(window);
        }

        for (int b = 0; b < batchSize; b++)
        {
            d[(3 * batchSize) + b] = random.RandInt(2);
        }

        for (int b = 0; b < batchSize; b++)
        {
            Place(batch, b, length, d[b], d[batchSize + b], d[(2 * batchSize) + b], d[(3 * batchSize) + b]);
        }

        return batch;
    }

    private Batch Mixed(int batchSize)
    {
        NumpyRandomState random = Stream(0);
        int[] lengths = new int[batchSize];
        for (int b = 0; b < batchSize; b++)
        {
            lengths[b] = LengthLaws.Jitter(random, minLength);
        }

        Batch batch = Allocate(lengths);
        FillDistractors(batch, random);
        for (int b = 0; b < batchSize; b++)
        {
            int length = lengths[b], tenth = length / 10;
            int p0 = random.RandInt(tenth);
            int v0 = random.RandInt(2);
            int p1 = tenth + random.RandInt(4 * length / 10);
            int v1 = random.RandInt(2);
            Place(batch, b, length, p0, v0, p1, v1);
        }

        return batch;
    }

    private static void FillDistractors(Batch batch, NumpyRandomState random)
    {
        for (int t = 0; t < batch.Length; t++)
        {
            for (int b = 0; b < batch.BatchSize; b++)
            {
                batch.Inputs[batch.InputIndex(t, FirstDistractor + random.RandInt(Distractors), b)] = 1;
            }
        }
    }

    private static void Place(Batch batch, int b, int length, int p0, int v0, int p1, int v1)
    {
        SetSymbol(batch, p0, b, v0);
        SetSymbol(batch, p1, b, v1);
        batch.Targets[batch.OutputIndex(length - 1, v0 + (2 * v1), b)] = 1;
        MaskStep(batch, length - 1, b);
    }
}
