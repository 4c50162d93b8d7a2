using RnnTools.Core.Random;
using RnnTools.Core.Tasks;

namespace RnnTools.Core.Tests.Support;

/// <summary>
/// Test-only generators of Galvan's TemporalOrder (plain mode, tasks.md §2.4) and Addition (§2.2) batches in their
/// normative draw order, so the engine can be checked end to end against the derived values of experiments.md §1.1–1.2.
/// (The task library proper is written elsewhere; this helper exists only to produce those reference batches.)
/// </summary>
public sealed class GalvanTaskBatches
{
    private readonly NumpyRandomState markers, values;
    private readonly int minLength;
    private readonly bool temporalOrder;

    private GalvanTaskBatches(bool temporalOrder, int minLength, uint seed)
    {
        this.temporalOrder = temporalOrder;
        this.minLength = minLength;
        markers = new NumpyRandomState(seed);
        values = new NumpyRandomState(seed);
    }

    /// <summary>TemporalOrder, plain mode: one stream.</summary>
    public static GalvanTaskBatches TemporalOrder(int minLength, uint seed) => new(true, minLength, seed);

    /// <summary>Addition: a marker stream and a value stream, both seeded with the seed.</summary>
    public static GalvanTaskBatches Addition(int minLength, uint seed) => new(false, minLength, seed);

    /// <summary>The next batch of B sequences.</summary>
    public Batch Next(int batchSize) => temporalOrder ? NextTemporalOrder(batchSize) : NextAddition(batchSize);

    private Batch NextTemporalOrder(int size)
    {
        NumpyRandomState r = markers;
        int length = minLength + r.RandInt(minLength / 10);
        int[,] code = new int[length, size];
        for (int t = 0; t < length; t++)
        {
            for (int b = 0; b < size; b++)
            {
                code[t, b] = 2 + r.RandInt(4);
            }
        }

        int[] p0 = Draw(size, () => r.RandInt(length / 10)), v0 = Draw(size, () => r.RandInt(2));
        int[] p1 = Draw(size, () => (length / 10) + r.RandInt(4 * length / 10)), v1 = Draw(size, () => r.RandInt(2));
        var batch = new Batch(length, 6, 4, size, new double[length * 6 * size], new double[length * 4 * size], new double[length * 4 * size],
            Enumerable.Repeat(length, size).ToArray());
        for (int b = 0; b < size; b++)
        {
            code[p0[b], b] = v0[b];
            code[p1[b], b] = v1[b];
            for (int t = 0; t < length; t++)
            {
                batch.Inputs[batch.InputIndex(t, code[t, b], b)] = 1;
            }

            batch.Targets[batch.OutputIndex(length - 1, v0[b] + (2 * v1[b]), b)] = 1;
            for (int o = 0; o < 4; o++)
            {
                batch.Mask[batch.OutputIndex(length - 1, o, b)] = 1;
            }
        }

        return batch;
    }

    private Batch NextAddition(int size)
    {
        int length = minLength + markers.RandInt(minLength / 10);
        int[] p0 = Draw(size, () => markers.RandInt(length / 10));
        int[] p1 = Draw(size, () => (length / 10) + markers.RandInt(4 * length / 10));
        var batch = new Batch(length, 2, 1, size, new double[length * 2 * size], new double[length * size], new double[length * size],
            Enumerable.Repeat(length, size).ToArray());
        for (int t = 0; t < length; t++)
        {
            for (int b = 0; b < size; b++)
            {
                batch.Inputs[batch.InputIndex(t, 1, b)] = values.NextDouble();
            }
        }

        for (int b = 0; b < size; b++)
        {
            batch.Inputs[batch.InputIndex(p0[b], 0, b)] = 1;
            batch.Inputs[batch.InputIndex(p1[b], 0, b)] = 1;
            batch.Targets[batch.OutputIndex(length - 1, 0, b)] =
                (batch.Inputs[batch.InputIndex(p0[b], 1, b)] + batch.Inputs[batch.InputIndex(p1[b], 1, b)]) / 2;
            batch.Mask[batch.OutputIndex(length - 1, 0, b)] = 1;
        }

        return batch;
    }

    private static int[] Draw(int count, Func<int> draw)
    {
        int[] result = new int[count];
        for (int i = 0; i < count; i++)
        {
            result[i] = draw();
        }

        return result;
    }
}
