using RnnTools.Core.Random;
using RnnTools.Core.Tasks.ErrorRules;

namespace RnnTools.Core.Tasks.Generators;

/// <summary>
/// RandomPermutation (tasks.md §2.5, §3.5): one-hot symbols 2..99 over 100 channels, the first symbol 0 or 1, recalled
/// at the last step. One stream. Galvan jitters T_min by 10 %; Pascanu uses ℓ (drawn from [Length, MaxLength)) as is.
/// </summary>
internal sealed class RandomPermutationTask : SeededTask
{
    private const int FirstSymbol = 2, Symbols = 98;
    private readonly int minLength;
    private readonly int maxLength;
    private int[] firstRow = [];

    /// <summary>Creates the task; <paramref name="maxLength"/> is used only by the Pascanu variant.</summary>
    public RandomPermutationTask(TaskDescription description, SequenceErrorRule rule, int minLength, int maxLength, uint seed)
        : base(description, rule, seed, streamCount: 1)
    {
        this.minLength = minLength;
        this.maxLength = maxLength;
    }

    /// <inheritdoc />
    protected override Batch Generate(int batchSize)
    {
        NumpyRandomState random = Stream(0);
        int length = Description.Variant == TaskVariant.Galvan
            ? LengthLaws.Jitter(random, minLength)
            : LengthLaws.Pascanu(random, minLength, maxLength);
        Batch batch = Allocate(length, batchSize);
        int[] first = Scratch(ref firstRow, batchSize);
        for (int t = 0; t <= length; t++)
        {
            for (int b = 0; b < batchSize; b++)
            {
                int symbol = FirstSymbol + random.RandInt(Symbols);
                if (t == 0)
                {
                    first[b] = symbol;
                }

                if (t < length)
                {
                    batch.Inputs[batch.InputIndex(t, symbol, b)] = 1;
                }
            }
        }

        for (int b = 0; b < batchSize; b++)
        {
            int value = random.RandInt(2);
            batch.Inputs[batch.InputIndex(0, first[b], b)] = 0;
            batch.Inputs[batch.InputIndex(0, value, b)] = 1;
            batch.Targets[batch.OutputIndex(length - 1, value, b)] = 1;
            MaskStep(batch, length - 1, b);
        }

        return batch;
    }
}
