using RnnTools.Core.Tasks;

namespace RnnTools.Core.Tests.Support;

/// <summary>Reads tasks' batches back independently of the generators (symbols, markers, classes, last steps).</summary>
public static class BatchInspector
{
    /// <summary>Input (t, i, b).</summary>
    public static double Input(Batch batch, int t, int i, int b) => batch.Inputs[batch.InputIndex(t, i, b)];

    /// <summary>Target (t, o, b).</summary>
    public static double Target(Batch batch, int t, int o, int b) => batch.Targets[batch.OutputIndex(t, o, b)];

    /// <summary>The one-hot input symbol at (t, b); fails unless exactly one channel is 1 and the rest 0.</summary>
    public static int Symbol(Batch batch, int t, int b)
    {
        int symbol = -1;
        for (int i = 0; i < batch.InputSize; i++)
        {
            double value = Input(batch, t, i, b);
            Assert.True(value is 0 or 1, $"input ({t}, {i}, {b}) = {value} is not 0/1");
            if (value == 1)
            {
                Assert.Equal(-1, symbol);
                symbol = i;
            }
        }

        Assert.NotEqual(-1, symbol);
        return symbol;
    }

    /// <summary>The (step, symbol) pairs of sequence b whose one-hot symbol is below <paramref name="specials"/>, over its first <paramref name="length"/> steps.</summary>
    public static List<(int Step, int Symbol)> Specials(Batch batch, int b, int specials, int length)
    {
        var found = new List<(int, int)>();
        for (int t = 0; t < length; t++)
        {
            int symbol = Symbol(batch, t, b);
            if (symbol < specials)
            {
                found.Add((t, symbol));
            }
        }

        return found;
    }

    /// <summary>The steps of sequence b where input channel <paramref name="channel"/> equals <paramref name="value"/>.</summary>
    public static List<int> StepsWhere(Batch batch, int b, int channel, double value) =>
        [.. Enumerable.Range(0, batch.Length).Where(t => Input(batch, t, channel, b) == value)];

    /// <summary>The active steps of sequence b.</summary>
    public static List<int> ActiveSteps(Batch batch, int b) => [.. Enumerable.Range(0, batch.Length).Where(t => batch.IsActive(t, b))];

    /// <summary>The one-hot target class at (t, b); fails unless it is one-hot.</summary>
    public static int TargetClass(Batch batch, int t, int b)
    {
        int[] ones = [.. Enumerable.Range(0, batch.OutputSize).Where(o => Target(batch, t, o, b) == 1)];
        Assert.Single(ones);
        Assert.Equal(batch.OutputSize - 1, Enumerable.Range(0, batch.OutputSize).Count(o => Target(batch, t, o, b) == 0));
        return ones[0];
    }

    /// <summary>Asserts the mask is 1 on every output of exactly the steps <paramref name="steps"/> of sequence b and 0 elsewhere.</summary>
    public static void AssertMaskedSteps(Batch batch, int b, params int[] steps)
    {
        for (int t = 0; t < batch.Length; t++)
        {
            for (int o = 0; o < batch.OutputSize; o++)
            {
                Assert.Equal(steps.Contains(t) ? 1.0 : 0.0, batch.Mask[batch.OutputIndex(t, o, b)]);
            }
        }
    }

    /// <summary>Asserts every target outside the masked steps of sequence b is 0.</summary>
    public static void AssertTargetsZeroOutsideMask(Batch batch, int b)
    {
        for (int t = 0; t < batch.Length; t++)
        {
            for (int o = 0; o < batch.OutputSize; o++)
            {
                if (batch.Mask[batch.OutputIndex(t, o, b)] == 0)
                {
                    Assert.Equal(0.0, Target(batch, t, o, b));
                }
            }
        }
    }
}
