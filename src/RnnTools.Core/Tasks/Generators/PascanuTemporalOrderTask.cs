using RnnTools.Core.Random;
using RnnTools.Core.Tasks.ErrorRules;

namespace RnnTools.Core.Tasks.Generators;

/// <summary>
/// Pascanu's TempOrderTask and TempOrder3bitTask (tasks.md §3.3, §3.4): L = ℓ, two or three special symbols whose
/// positions and values are drawn first (position vector, value vector, per symbol), then the (L × B) distractors.
/// Class Σ v_k·2^k at the last step.
/// </summary>
internal sealed class PascanuTemporalOrderTask : SeededTask
{
    private const int FirstDistractor = 2, Distractors = 4;
    private readonly int minLength;
    private readonly int maxLength;
    private int[] draws = [];

    /// <summary>Creates the task (Description.Name is TemporalOrder or TemporalOrder3).</summary>
    public PascanuTemporalOrderTask(TaskDescription description, SequenceErrorRule rule, int minLength, int maxLength, uint seed)
        : base(description, rule, seed, streamCount: 1)
    {
        this.minLength = minLength;
        this.maxLength = maxLength;
    }

    /// <inheritdoc />
    protected override Batch Generate(int batchSize)
    {
        NumpyRandomState random = Stream(0);
        int length = LengthLaws.Pascanu(random, minLength, maxLength), tenth = length / 10;
        int symbols = Description.Name == TaskName.TemporalOrder3 ? 3 : 2;
        int[] d = Scratch(ref draws, 2 * symbols * batchSize);
        for (int k = 0; k < symbols; k++)
        {
            int positions = 2 * k * batchSize, values = positions + batchSize, start = WindowStart(k, symbols, length);
            for (int b = 0; b < batchSize; b++)
            {
                d[positions + b] = random.RandInt(tenth) + start;
            }

            for (int b = 0; b < batchSize; b++)
            {
                d[values + b] = random.RandInt(2);
            }
        }

        Batch batch = Allocate(length, batchSize);
        for (int t = 0; t < length; t++)
        {
            for (int b = 0; b < batchSize; b++)
            {
                batch.Inputs[batch.InputIndex(t, FirstDistractor + random.RandInt(Distractors), b)] = 1;
            }
        }

        for (int b = 0; b < batchSize; b++)
        {
            int label = 0;
            for (int k = 0; k < symbols; k++)
            {
                int value = d[(((2 * k) + 1) * batchSize) + b];
                SetSymbol(batch, d[(2 * k * batchSize) + b], b, value);
                label += value << k;
            }

            batch.Targets[batch.OutputIndex(length - 1, label, b)] = 1;
            MaskStep(batch, length - 1, b);
        }

        return batch;
    }

    /// <summary>The first step of symbol k's window: ⌊L/10⌋ and ⌊L/2⌋ (two symbols); ⌊L/10⌋, ⌊3L/10⌋, ⌊6L/10⌋ (three).</summary>
    private static int WindowStart(int k, int symbols, int length) => (k, symbols) switch
    {
        (0, _) => length / 10,
        (1, 2) => length / 2,
        (1, _) => 3 * length / 10,
        _ => 6 * length / 10,
    };
}
