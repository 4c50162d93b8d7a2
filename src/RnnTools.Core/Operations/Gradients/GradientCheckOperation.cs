using RnnTools.Core.Backends;
using RnnTools.Core.Diagnostics;
using RnnTools.Core.Engine;
using RnnTools.Core.Model;
using RnnTools.Core.Random;
using RnnTools.Core.Tasks;

namespace RnnTools.Core.Operations.Gradients;

/// <summary>
/// Checks the engine's gradient against central finite differences in double precision. Random parts are drawn from
/// the project's own streams ("gradcheck-model", "gradcheck-batch"): parameters U[−1, 1); inputs U[−1, 1); sequences
/// of ragged lengths (the first one full), every step up to each length unmasked; targets one-hot (softmax), 0/1
/// (logistic) or U[−1, 1) (linear).
/// </summary>
/// <param name="clock">The time source of the Timestamp column (the system clock by default).</param>
public sealed class GradientCheckOperation(TimeProvider? clock = null)
{
    private readonly TimeProvider time = clock ?? TimeProvider.System;

    /// <summary>Emits one <see cref="GradientCheckRecord"/>.</summary>
    /// <exception cref="Errors.RnnToolsException">An invalid option, an unreadable or mismatched file, or an unavailable backend.</exception>
    public void Run(GradientCheckOptions options, IOperationSink<GradientCheckRecord> sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sink);
        options.Validate();
        RnnModel<double> model = ModelInputs.Resolve(options.Model, options.ModelPath)?.Model ?? RandomModel(options);
        EngineConfiguration configuration = EngineConfiguration.For(model);
        Batch batch = options.BatchPath is { Length: > 0 } batchPath
            ? ModelInputs.ReadBatchFor(model.Shape, batchPath)
            : RandomBatch(configuration, options);
        BackendSelection selection = BackendRegistry.Select(options.Backend, options.Threads);
        sink.Verbose($"{selection.Explanation}; {model.Shape}, {model.Activation}, {model.OutputFunction}, {configuration.Loss}; T={batch.Length}, B={batch.BatchSize}, Seed={options.Seed}");
        GradientCheckResult result = GradientChecker.Check(selection.Backend, configuration, model.Parameters, batch, options.FiniteDifferenceStep,
            cancellationToken);
        Provenance provenance = Provenance.Of(selection.Backend, time);
        sink.Emit(new GradientCheckRecord(model.Activation, model.OutputFunction, configuration.Loss, options.Seed, options.Tolerance,
            BackendSelector.Name(selection.Backend.Kind), result.WRec, result.WIn, result.WOut, result.BRec, result.BOut, result.Max,
            result.Max < options.Tolerance, provenance.BackendDescription, provenance.ToolVersion, provenance.GitCommit, provenance.Timestamp));
    }

    private static RnnModel<double> RandomModel(GradientCheckOptions options)
    {
        var shape = new RnnShape(options.InputSize, options.HiddenSize, options.OutputSize);
        ProjectRandom random = ProjectRandom.ForPurpose(options.Seed, "gradcheck-model");
        double[] parameters = [.. Enumerable.Range(0, shape.ParameterCount).Select(_ => (2 * random.NextDouble()) - 1)];
        return new RnnModel<double>(shape, options.Activation, options.OutputFunction, 1.0, parameters);
    }

    private static Batch RandomBatch(EngineConfiguration configuration, GradientCheckOptions options)
    {
        ProjectRandom random = ProjectRandom.ForPurpose(options.Seed, "gradcheck-batch");
        int steps = options.Length, size = options.BatchSize, nIn = configuration.Shape.InputSize, nOut = configuration.Shape.OutputSize;
        int[] lengths = [.. Enumerable.Range(0, size).Select(b => b == 0 ? steps : 1 + random.NextInt(steps))];
        var batch = new Batch(steps, nIn, nOut, size, new double[steps * nIn * size], new double[steps * nOut * size], new double[steps * nOut * size], lengths);
        for (int t = 0; t < steps; t++)
        {
            for (int b = 0; b < size; b++)
            {
                bool inside = t < lengths[b];
                for (int i = 0; i < nIn; i++)
                {
                    batch.Inputs[batch.InputIndex(t, i, b)] = inside ? (2 * random.NextDouble()) - 1 : 0;
                }

                int hot = random.NextInt(nOut);
                for (int o = 0; o < nOut; o++)
                {
                    batch.Targets[batch.OutputIndex(t, o, b)] = configuration.Loss switch
                    {
                        LossKind.CrossEntropy => o == hot ? 1 : 0,
                        LossKind.BinaryCrossEntropy => random.NextInt(2),
                        _ => (2 * random.NextDouble()) - 1,
                    };
                    batch.Mask[batch.OutputIndex(t, o, b)] = inside ? 1 : 0;
                }
            }
        }

        return batch;
    }
}
