using RnnTools.Core.Tasks;

namespace RnnTools.Core.Tests.Tasks.ErrorRules;

/// <summary>Small hand-built batches for the error-rule tests.</summary>
internal static class ErrorRuleBatches
{
    /// <summary>
    /// A batch of T steps, n_out outputs and B sequences with the given one-hot target class at step
    /// <c>activeSteps[b]</c> of each sequence, masked there only.
    /// </summary>
    public static Batch OneHot(int length, int outputs, int[] classes, int[] activeSteps)
    {
        int batchSize = classes.Length;
        var batch = new Batch(length, 1, outputs, batchSize, new double[length * batchSize], new double[length * outputs * batchSize],
            new double[length * outputs * batchSize], [.. activeSteps.Select(t => t + 1)]);
        for (int b = 0; b < batchSize; b++)
        {
            batch.Targets[batch.OutputIndex(activeSteps[b], classes[b], b)] = 1;
            for (int o = 0; o < outputs; o++)
            {
                batch.Mask[batch.OutputIndex(activeSteps[b], o, b)] = 1;
            }
        }

        return batch;
    }

    /// <summary>A one-output batch with targets at the last step only (T = 2).</summary>
    public static Batch LastStep(params double[] targets)
    {
        int batchSize = targets.Length;
        var batch = new Batch(2, 1, 1, batchSize, new double[2 * batchSize], new double[2 * batchSize], new double[2 * batchSize], [.. targets.Select(_ => 2)]);
        for (int b = 0; b < batchSize; b++)
        {
            batch.Targets[batch.OutputIndex(1, 0, b)] = targets[b];
            batch.Mask[batch.OutputIndex(1, 0, b)] = 1;
        }

        return batch;
    }

    /// <summary>Outputs for a <see cref="LastStep"/> batch: y at the last step, <paramref name="unmasked"/> at step 0.</summary>
    public static double[] LastStepOutputs(double unmasked, params double[] y)
    {
        double[] outputs = new double[2 * y.Length];
        Array.Fill(outputs, unmasked, 0, y.Length);
        y.CopyTo(outputs, y.Length);
        return outputs;
    }
}
