using RnnTools.Core.Engine;
using RnnTools.Core.Model;
using RnnTools.Core.Random;
using RnnTools.Core.Tasks;

namespace RnnTools.Core.Tests.Support;

/// <summary>Small random networks and ragged batches with fixed seeds, for gradient tests.</summary>
public static class RandomProblem
{
    /// <summary>Random parameters N(0, std²) for a shape.</summary>
    public static double[] Parameters(RnnShape shape, uint seed, double std = 0.5)
    {
        var random = new NumpyRandomState(seed);
        return [.. Enumerable.Range(0, shape.ParameterCount).Select(_ => random.Normal(0, std))];
    }

    /// <summary>
    /// A batch of B sequences of ragged lengths (the first has the full length T) whose targets suit the loss: one-hot
    /// for cross-entropy, 0/1 for binary cross-entropy, Gaussian for squared error. The mask covers either the last
    /// step of every sequence or every step up to its length.
    /// </summary>
    public static Batch Batch(EngineConfiguration configuration, int length, int batchSize, bool everyStep, uint seed)
    {
        var random = new NumpyRandomState(seed);
        int nIn = configuration.Shape.InputSize, nOut = configuration.Shape.OutputSize;
        int[] lengths = [.. Enumerable.Range(0, batchSize).Select(b => b == 0 ? length : 1 + random.RandInt(length))];
        var batch = new Batch(length, nIn, nOut, batchSize, new double[length * nIn * batchSize], new double[length * nOut * batchSize],
            new double[length * nOut * batchSize], lengths);
        for (int t = 0; t < length; t++)
        {
            for (int b = 0; b < batchSize; b++)
            {
                for (int i = 0; i < nIn; i++)
                {
                    batch.Inputs[batch.InputIndex(t, i, b)] = t < lengths[b] ? random.Normal(0, 1) : 0;
                }

                bool active = everyStep ? t < lengths[b] : t == lengths[b] - 1;
                int hot = random.RandInt(nOut);
                for (int o = 0; o < nOut; o++)
                {
                    batch.Targets[batch.OutputIndex(t, o, b)] = configuration.Loss switch
                    {
                        LossKind.CrossEntropy => o == hot ? 1 : 0,
                        LossKind.BinaryCrossEntropy => random.RandInt(2),
                        _ => random.Normal(0, 1),
                    };
                    batch.Mask[batch.OutputIndex(t, o, b)] = active ? 1 : 0;
                }
            }
        }

        return batch;
    }

    /// <summary>Every pairing of output function and loss that the engine accepts.</summary>
    public static IEnumerable<(OutputFunction Output, LossKind Loss)> Pairings() =>
    [
        (OutputFunction.Linear, LossKind.SquaredError),
        (OutputFunction.Logistic, LossKind.SquaredError),
        (OutputFunction.Softmax, LossKind.SquaredError),
        (OutputFunction.Softmax, LossKind.CrossEntropy),
        (OutputFunction.Logistic, LossKind.BinaryCrossEntropy),
    ];
}
