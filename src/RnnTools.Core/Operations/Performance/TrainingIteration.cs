using System.Numerics.Tensors;
using RnnTools.Core.Backends;
using RnnTools.Core.Engine;
using RnnTools.Core.Initialization;
using RnnTools.Core.Model;
using RnnTools.Core.Random;
using RnnTools.Core.Tasks;

namespace RnnTools.Core.Operations.Performance;

/// <summary>
/// One benchmark iteration of a workload in float32: forward, backpropagation through time, the per-step temporal
/// norms, L2 gradient clipping and a plain SGD update, on a fixed random batch and a Galvan-initialised model.
/// </summary>
public sealed class TrainingIteration
{
    private const float LearningRate = 0.001f;
    private readonly RnnEngine<float> engine;
    private readonly Batch batch;
    private readonly float[] parameters;
    private readonly double clipThreshold;

    /// <summary>Prepares the engine, the batch (seed 13) and the model (seed 13, ρ = 1.2).</summary>
    public TrainingIteration(IComputeBackend backend, PerformanceWorkload workload)
    {
        ArgumentNullException.ThrowIfNull(workload);
        Workload = workload;
        clipThreshold = workload.ClipThreshold;
        RnnModel<double> model = ModelInitializer.Create(new InitializationOptions { SpectralRadius = 1.2, Seed = 13 }).Generate(workload.Shape, workload.OutputFunction);
        parameters = model.Convert<float>().Parameters;
        engine = new RnnEngine<float>(backend, EngineConfiguration.For(model));
        batch = RandomBatch(workload, 13);
    }

    /// <summary>The workload.</summary>
    public PerformanceWorkload Workload { get; }

    /// <summary>Runs one iteration; returns the loss before the update.</summary>
    public double Run()
    {
        TemporalGradient<float> gradient = engine.Evaluate(parameters, batch, temporalNorms: true);
        double norm = gradient.GradientNorm;
        double scale = norm > clipThreshold ? clipThreshold / norm : 1.0;
        TensorPrimitives.MultiplyAdd(gradient.Gradient, (float)(-LearningRate * scale), parameters, parameters);
        return gradient.Loss;
    }

    /// <summary>
    /// The workload's random batch: one-hot inputs and a one-hot target on the last step (softmax), U[0, 1) inputs and
    /// a last-step target (linear), or sparse 0/1 inputs and targets on every step (logistic).
    /// </summary>
    public static Batch RandomBatch(PerformanceWorkload workload, uint seed)
    {
        ArgumentNullException.ThrowIfNull(workload);
        var random = new NumpyRandomState(seed);
        int steps = workload.Length, size = workload.BatchSize, nIn = workload.Shape.InputSize, nOut = workload.Shape.OutputSize;
        var result = new Batch(steps, nIn, nOut, size, new double[steps * nIn * size], new double[steps * nOut * size], new double[steps * nOut * size],
            Enumerable.Repeat(steps, size).ToArray());
        for (int t = 0; t < steps; t++)
        {
            for (int b = 0; b < size; b++)
            {
                int hot = random.RandInt(nIn);
                for (int i = 0; i < nIn; i++)
                {
                    result.Inputs[result.InputIndex(t, i, b)] = workload.OutputFunction switch
                    {
                        OutputFunction.Softmax => i == hot ? 1 : 0,
                        OutputFunction.Logistic => random.NextDouble() < 0.1 ? 1 : 0,
                        _ => random.NextDouble(),
                    };
                }

                bool active = workload.EveryStep || t == steps - 1;
                int label = random.RandInt(nOut);
                for (int o = 0; o < nOut; o++)
                {
                    result.Targets[result.OutputIndex(t, o, b)] = workload.OutputFunction switch
                    {
                        OutputFunction.Softmax => o == label ? 1 : 0,
                        OutputFunction.Logistic => random.NextDouble() < 0.1 ? 1 : 0,
                        _ => random.NextDouble(),
                    };
                    result.Mask[result.OutputIndex(t, o, b)] = active ? 1 : 0;
                }
            }
        }

        return result;
    }
}
