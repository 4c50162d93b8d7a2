using RnnTools.Core.Tasks;

namespace RnnTools.Core.Tests.Support;

/// <summary>The batch losses of training.md §3, written independently from outputs y (after the output function).</summary>
public static class ReferenceLoss
{
    /// <summary>Masked squared error (§3.1): (1/B)·Σ (m·(τ − y))².</summary>
    public static double SquaredError(Batch batch, double[] outputs)
    {
        double sum = 0;
        for (int i = 0; i < outputs.Length; i++)
        {
            double d = batch.Mask[i] * (batch.Targets[i] - outputs[i]);
            sum += d * d;
        }

        return sum / batch.BatchSize;
    }

    /// <summary>Cross-entropy (§3.2): −(1/N_A)·Σ m·τ·ln y over the active pairs.</summary>
    public static double CrossEntropy(Batch batch, double[] outputs)
    {
        double sum = 0;
        int active = 0;
        for (int t = 0; t < batch.Length; t++)
        {
            for (int b = 0; b < batch.BatchSize; b++)
            {
                if (!batch.IsActive(t, b))
                {
                    continue;
                }

                active++;
                for (int o = 0; o < batch.OutputSize; o++)
                {
                    int i = batch.OutputIndex(t, o, b);
                    if (batch.Mask[i] * batch.Targets[i] != 0)
                    {
                        sum -= batch.Mask[i] * batch.Targets[i] * Math.Log(outputs[i]);
                    }
                }
            }
        }

        return sum / active;
    }

    /// <summary>Outputs equal to <paramref name="perOutput"/>[o] at every (t, b), in the batch layout.</summary>
    public static double[] Constant(Batch batch, params double[] perOutput)
    {
        double[] outputs = new double[batch.Targets.Length];
        for (int t = 0; t < batch.Length; t++)
        {
            for (int o = 0; o < batch.OutputSize; o++)
            {
                for (int b = 0; b < batch.BatchSize; b++)
                {
                    outputs[batch.OutputIndex(t, o, b)] = perOutput.Length == 1 ? perOutput[0] : perOutput[o];
                }
            }
        }

        return outputs;
    }
}
