using RnnTools.Core.Random;
using RnnTools.Core.Tasks.ErrorRules;

namespace RnnTools.Core.Tasks.Generators;

/// <summary>
/// Galvan's marker family (tasks.md §2.2): Addition, Multiplication and Xor. Two streams seeded with the task seed: the
/// marker stream draws the batch length and the two marker positions, the value stream the channel-1 values.
/// </summary>
internal sealed class GalvanMarkerTask : SeededTask
{
    private const int MarkerStream = 0, ValueStream = 1, MarkerChannel = 0, ValueChannel = 1;
    private readonly int minLength;
    private int[] positions = [];

    /// <summary>Creates the task (Description.Name is Addition, Multiplication or Xor).</summary>
    public GalvanMarkerTask(TaskDescription description, SequenceErrorRule rule, int minLength, uint seed)
        : base(description, rule, seed, streamCount: 2)
    {
        this.minLength = minLength;
    }

    /// <inheritdoc />
    protected override Batch Generate(int batchSize)
    {
        NumpyRandomState markers = Stream(MarkerStream), values = Stream(ValueStream);
        int length = LengthLaws.Jitter(markers, minLength), tenth = length / 10, window = 4 * length / 10;
        int[] p = Scratch(ref positions, 2 * batchSize);
        for (int b = 0; b < batchSize; b++)
        {
            p[b] = markers.RandInt(tenth);
        }

        for (int b = 0; b < batchSize; b++)
        {
            p[batchSize + b] = tenth + markers.RandInt(window);
        }

        Batch batch = Allocate(length, batchSize);
        double[] inputs = batch.Inputs;
        bool bits = Description.Name == TaskName.Xor;
        for (int t = 0; t < length; t++)
        {
            int row = batch.InputIndex(t, ValueChannel, 0);
            for (int b = 0; b < batchSize; b++)
            {
                inputs[row + b] = bits ? values.RandInt(2) : values.NextDouble();
            }
        }

        for (int b = 0; b < batchSize; b++)
        {
            int p0 = p[b], p1 = p[batchSize + b];
            inputs[batch.InputIndex(p0, MarkerChannel, b)] = 1;
            inputs[batch.InputIndex(p1, MarkerChannel, b)] = 1;
            double x0 = inputs[batch.InputIndex(p0, ValueChannel, b)], x1 = inputs[batch.InputIndex(p1, ValueChannel, b)];
            batch.Targets[batch.OutputIndex(length - 1, 0, b)] = Description.Name switch
            {
                TaskName.Addition => (x0 + x1) / 2,
                TaskName.Multiplication => x0 * x1,
                _ => -1 + (2 * ((int)x0 ^ (int)x1)),
            };
            MaskStep(batch, length - 1, b);
        }

        return batch;
    }
}
