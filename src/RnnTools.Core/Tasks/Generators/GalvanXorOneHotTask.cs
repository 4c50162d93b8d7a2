using RnnTools.Core.Random;
using RnnTools.Core.Tasks.ErrorRules;

namespace RnnTools.Core.Tasks.Generators;

/// <summary>
/// Galvan's XorTaskHot (tasks.md §2.3): always mixed lengths, one-hot XOR class at each sequence's last step. It draws
/// only from the value stream (the marker stream of the original is never used).
/// </summary>
internal sealed class GalvanXorOneHotTask : SeededTask
{
    private const int MarkerChannel = 0, ValueChannel = 1;
    private readonly int minLength;

    /// <summary>Creates the task.</summary>
    public GalvanXorOneHotTask(TaskDescription description, SequenceErrorRule rule, int minLength, uint seed)
        : base(description, rule, seed, streamCount: 1)
    {
        this.minLength = minLength;
    }

    /// <inheritdoc />
    protected override Batch Generate(int batchSize)
    {
        NumpyRandomState random = Stream(0);
        int[] lengths = new int[batchSize];
        for (int b = 0; b < batchSize; b++)
        {
            lengths[b] = LengthLaws.Jitter(random, minLength);
        }

        Batch batch = Allocate(lengths);
        double[] inputs = batch.Inputs;
        for (int t = 0; t < batch.Length; t++)
        {
            int row = batch.InputIndex(t, ValueChannel, 0);
            for (int b = 0; b < batchSize; b++)
            {
                inputs[row + b] = random.RandInt(2);
            }
        }

        for (int b = 0; b < batchSize; b++)
        {
            int length = lengths[b], tenth = length / 10;
            int p0 = random.RandInt(tenth);
            int p1 = tenth + random.RandInt(4 * length / 10);
            inputs[batch.InputIndex(p0, MarkerChannel, b)] = 1;
            inputs[batch.InputIndex(p1, MarkerChannel, b)] = 1;
            int label = (int)inputs[batch.InputIndex(p0, ValueChannel, b)] ^ (int)inputs[batch.InputIndex(p1, ValueChannel, b)];
            batch.Targets[batch.OutputIndex(length - 1, label, b)] = 1;
            MaskStep(batch, length - 1, b);
        }

        return batch;
    }
}
