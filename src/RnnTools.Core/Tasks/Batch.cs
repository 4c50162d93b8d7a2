namespace RnnTools.Core.Tasks;

/// <summary>
/// One batch of B sequences (tasks.md §1.1): dense arrays of shape (T, dim, B), time first, channel second, sequence
/// third, so element (t, i, b) is at ((t·dim) + i)·B + b. Values are generated in double and converted on use.
/// </summary>
public sealed class Batch
{
    /// <summary>Creates a batch over existing arrays (not copied).</summary>
    /// <exception cref="ArgumentException">An array does not have the size its shape implies.</exception>
    public Batch(int length, int inputSize, int outputSize, int batchSize, double[] inputs, double[] targets, double[] mask, int[] lengths)
    {
        if (length < 1 || inputSize < 1 || outputSize < 1 || batchSize < 1)
        {
            throw new ArgumentException($"A batch needs positive sizes (T={length}, n_in={inputSize}, n_out={outputSize}, B={batchSize}).");
        }

        Check(inputs, (long)length * inputSize * batchSize, nameof(inputs));
        Check(targets, (long)length * outputSize * batchSize, nameof(targets));
        Check(mask, (long)length * outputSize * batchSize, nameof(mask));
        Check(lengths, batchSize, nameof(lengths));
        Length = length;
        InputSize = inputSize;
        OutputSize = outputSize;
        BatchSize = batchSize;
        Inputs = inputs;
        Targets = targets;
        Mask = mask;
        Lengths = lengths;
    }

    /// <summary>T, the array length (the longest sequence).</summary>
    public int Length { get; }

    /// <summary>n_in.</summary>
    public int InputSize { get; }

    /// <summary>n_out.</summary>
    public int OutputSize { get; }

    /// <summary>B, the number of sequences.</summary>
    public int BatchSize { get; }

    /// <summary>Inputs, (T, n_in, B).</summary>
    public double[] Inputs { get; }

    /// <summary>Targets, (T, n_out, B).</summary>
    public double[] Targets { get; }

    /// <summary>The 0/1 mask, (T, n_out, B): a loss or error term counts only where it is 1.</summary>
    public double[] Mask { get; }

    /// <summary>The true length L_b of every sequence (T for fixed-length batches).</summary>
    public int[] Lengths { get; }

    /// <summary>Index of input (t, i, b).</summary>
    public int InputIndex(int t, int i, int b) => (((t * InputSize) + i) * BatchSize) + b;

    /// <summary>Index of target or mask (t, o, b).</summary>
    public int OutputIndex(int t, int o, int b) => (((t * OutputSize) + o) * BatchSize) + b;

    /// <summary>Whether the pair (t, b) is active (some output of step t is unmasked).</summary>
    public bool IsActive(int t, int b)
    {
        for (int o = 0; o < OutputSize; o++)
        {
            if (Mask[OutputIndex(t, o, b)] != 0)
            {
                return true;
            }
        }

        return false;
    }

    private static void Check(Array array, long expected, string name)
    {
        if (array.LongLength != expected)
        {
            throw new ArgumentException($"The batch array {name} has {array.LongLength} elements; its shape needs {expected}.", name);
        }
    }
}
