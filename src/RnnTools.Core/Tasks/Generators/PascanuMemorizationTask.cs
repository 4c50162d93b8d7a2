using RnnTools.Core.Random;
using RnnTools.Core.Tasks.ErrorRules;

namespace RnnTools.Core.Tasks.Generators;

/// <summary>
/// Pascanu's MemTask (tasks.md §3.6): a pattern of n_pos symbols, a blank stretch of ℓ steps, a trigger, then the
/// pattern to recall. Inputs: n_values symbols, blank, trigger; outputs: n_values symbols and blank. Mask all ones.
/// One stream: the length (from [Length, MaxLength)), then one pattern draw per sequence.
/// </summary>
internal sealed class PascanuMemorizationTask : SeededTask
{
    private readonly int minLength;
    private readonly int maxLength;
    private readonly int values;
    private readonly int positions;
    private readonly int patterns;

    /// <summary>Creates the task; NValues^NPos must fit in an int (checked by TaskOptions.Validate).</summary>
    public PascanuMemorizationTask(TaskDescription description, SequenceErrorRule rule, int minLength, int maxLength, int values, int positions, uint seed)
        : base(description, rule, seed, streamCount: 1)
    {
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.values = values;
        this.positions = positions;
        long count = 1;
        for (int k = 0; k < positions; k++)
        {
            count *= values;
        }

        patterns = checked((int)count);
    }

    /// <inheritdoc />
    protected override Batch Generate(int batchSize)
    {
        NumpyRandomState random = Stream(0);
        int gap = LengthLaws.Pascanu(random, minLength, maxLength), total = gap + (2 * positions), trigger = gap + positions;
        int blank = values;
        Batch batch = Allocate(total, batchSize);
        Array.Fill(batch.Mask, 1.0);
        for (int t = 0; t < total; t++)
        {
            int inputRow = batch.InputIndex(t, t == trigger ? blank + 1 : blank, 0);
            int targetRow = batch.OutputIndex(t, blank, 0);
            for (int b = 0; b < batchSize; b++)
            {
                if (t >= positions)
                {
                    batch.Inputs[inputRow + b] = 1;
                }

                if (t < trigger)
                {
                    batch.Targets[targetRow + b] = 1;
                }
            }
        }

        for (int b = 0; b < batchSize; b++)
        {
            int pattern = random.RandInt(patterns);
            for (int k = 0; k < positions; k++)
            {
                int symbol = pattern % values;
                pattern /= values;
                batch.Inputs[batch.InputIndex(k, symbol, b)] = 1;
                batch.Targets[batch.OutputIndex(trigger + k, symbol, b)] = 1;
            }
        }

        return batch;
    }
}
