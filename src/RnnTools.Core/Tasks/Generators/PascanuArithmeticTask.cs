using RnnTools.Core.Random;
using RnnTools.Core.Tasks.ErrorRules;

namespace RnnTools.Core.Tasks.Generators;

/// <summary>
/// Pascanu's AddTask and MulTask (tasks.md §3.2): one stream for the batch length ℓ (from [Length, MaxLength)), the
/// 10 % jitter, both marker vectors, then 2·L·B uniforms in the order t, b, channel (channel 0 is then overwritten).
/// </summary>
internal sealed class PascanuArithmeticTask : SeededTask
{
    private const int MarkerChannel = 0, ValueChannel = 1;
    private readonly int minLength;
    private readonly int maxLength;
    private int[] positions = [];

    /// <summary>Creates the task (Description.Name is Addition or Multiplication).</summary>
    public PascanuArithmeticTask(TaskDescription description, SequenceErrorRule rule, int minLength, int maxLength, uint seed)
        : base(description, rule, seed, streamCount: 1)
    {
        this.minLength = minLength;
        this.maxLength = maxLength;
    }

    /// <inheritdoc />
    protected override Batch Generate(int batchSize)
    {
        NumpyRandomState random = Stream(0);
        int length = LengthLaws.Jitter(random, LengthLaws.Pascanu(random, minLength, maxLength));
        int tenth = length / 10, window = 4 * length / 10;
        int[] p = Scratch(ref positions, 2 * batchSize);
        for (int b = 0; b < batchSize; b++)
        {
            p[b] = random.RandInt(tenth);
        }

        for (int b = 0; b < batchSize; b++)
        {
            p[batchSize + b] = random.RandInt(window) + tenth;
        }

        Batch batch = Allocate(length, batchSize);
        double[] inputs = batch.Inputs;
        for (int t = 0; t < length; t++)
        {
            int row = batch.InputIndex(t, ValueChannel, 0);
            for (int b = 0; b < batchSize; b++)
            {
                random.NextDouble();
                inputs[row + b] = random.NextDouble();
            }
        }

        bool addition = Description.Name == TaskName.Addition;
        for (int b = 0; b < batchSize; b++)
        {
            int p0 = p[b], p1 = p[batchSize + b];
            inputs[batch.InputIndex(p0, MarkerChannel, b)] = 1;
            inputs[batch.InputIndex(p1, MarkerChannel, b)] = 1;
            double x0 = inputs[batch.InputIndex(p0, ValueChannel, b)], x1 = inputs[batch.InputIndex(p1, ValueChannel, b)];
            batch.Targets[batch.OutputIndex(length - 1, 0, b)] = addition ? (x0 + x1) / 2 : x0 * x1;
            MaskStep(batch, length - 1, b);
        }

        return batch;
    }
}
