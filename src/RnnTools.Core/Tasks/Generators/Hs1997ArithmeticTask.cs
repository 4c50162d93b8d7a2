using RnnTools.Core.Random;
using RnnTools.Core.Tasks.ErrorRules;

namespace RnnTools.Core.Tasks.Generators;

/// <summary>
/// Hochreiter and Schmidhuber's adding and multiplication problems (tasks.md §4.1, §4.2; the draw order is the
/// project's): mixed lengths in U{T_min..T_min + ⌊T_min/10⌋}, marks p1 ∈ U{0..9} and p2 on {0..⌊T_min/2⌋−1}∖{p1},
/// marker −1 at the first and last step unless marked, zero padding. One stream; per sequence: L_b, p1, p2, L_b values.
/// </summary>
internal sealed class Hs1997ArithmeticTask : SeededTask
{
    private const int MarkerChannel = 0, ValueChannel = 1, FirstMarks = 10;
    private readonly int minLength;
    private double[] values = [];
    private int[] marks = [];

    /// <summary>Creates the task (Description.Name is Addition or Multiplication; T_min ≥ 20).</summary>
    public Hs1997ArithmeticTask(TaskDescription description, SequenceErrorRule rule, int minLength, uint seed)
        : base(description, rule, seed, streamCount: 1)
    {
        this.minLength = minLength;
    }

    /// <inheritdoc />
    protected override Batch Generate(int batchSize)
    {
        NumpyRandomState random = Stream(0);
        bool addition = Description.Name == TaskName.Addition;
        int longest = minLength + (minLength / 10), candidates = (minLength / 2) - 1;
        if (values.Length < longest * batchSize)
        {
            values = new double[longest * batchSize];
        }

        int[] m = Scratch(ref marks, 2 * batchSize);
        int[] lengths = new int[batchSize];
        for (int b = 0; b < batchSize; b++)
        {
            lengths[b] = LengthLaws.Hs1997(random, minLength);
            int p1 = random.RandInt(FirstMarks);
            int index = random.RandInt(candidates);
            m[2 * b] = p1;
            m[(2 * b) + 1] = index < p1 ? index : index + 1;
            for (int t = 0; t < lengths[b]; t++)
            {
                values[(b * longest) + t] = addition ? random.Uniform(-1, 1) : random.NextDouble();
            }
        }

        Batch batch = Allocate(lengths);
        double[] inputs = batch.Inputs;
        for (int b = 0; b < batchSize; b++)
        {
            int length = lengths[b], p1 = m[2 * b], p2 = m[(2 * b) + 1];
            for (int t = 0; t < length; t++)
            {
                inputs[batch.InputIndex(t, ValueChannel, b)] = values[(b * longest) + t];
            }

            inputs[batch.InputIndex(0, MarkerChannel, b)] = -1;
            inputs[batch.InputIndex(length - 1, MarkerChannel, b)] = -1;
            inputs[batch.InputIndex(p1, MarkerChannel, b)] = 1;
            inputs[batch.InputIndex(p2, MarkerChannel, b)] = 1;
            if (p1 == 0 || p2 == 0)
            {
                inputs[batch.InputIndex(0, ValueChannel, b)] = addition ? 0 : 1;
            }

            double x1 = inputs[batch.InputIndex(p1, ValueChannel, b)], x2 = inputs[batch.InputIndex(p2, ValueChannel, b)];
            batch.Targets[batch.OutputIndex(length - 1, 0, b)] = addition ? 0.5 + ((x1 + x2) / 4) : x1 * x2;
            MaskStep(batch, length - 1, b);
        }

        return batch;
    }
}
