using System.Numerics;
using RnnTools.Core.Backends;
using RnnTools.Core.Engine;
using RnnTools.Core.Gradients;
using RnnTools.Core.Model;
using RnnTools.Core.Tasks;

namespace RnnTools.Core.Operations.Gradients;

/// <summary>The per-step rows of training.md §14.3 for a model on a batch: the core call behind measure-gradient and Measure-GradientNorm.</summary>
public static class GradientSteps
{
    /// <summary>Evaluates the model on the batch in the given precision and returns one row per step.</summary>
    public static IReadOnlyList<GradientStepRecord> Measure(IComputeBackend backend, StoredModel model, Batch batch, Precision precision)
    {
        ArgumentNullException.ThrowIfNull(model);
        return precision == Precision.Float32 ? Measure(backend, model.As<float>(), batch) : Measure(backend, model.As<double>(), batch);
    }

    /// <summary>The rows of one gradient evaluation.</summary>
    public static IReadOnlyList<GradientStepRecord> Rows<T>(TemporalGradient<T> gradient)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(gradient);
        var rows = new GradientStepRecord[gradient.Steps];
        for (int t = 0; t < rows.Length; t++)
        {
            rows[t] = new GradientStepRecord(t, gradient.Norms[t], gradient.BlockNorms(VariableBlock.WRec)[t], gradient.BlockNorms(VariableBlock.WIn)[t],
                gradient.BlockNorms(VariableBlock.BRec)[t], gradient.BlockNorms(VariableBlock.WOut)[t], gradient.BlockNorms(VariableBlock.BOut)[t],
                gradient.Cosines[t], gradient.Loss, gradient.GradientNorm);
        }

        return rows;
    }

    private static IReadOnlyList<GradientStepRecord> Measure<T>(IComputeBackend backend, RnnModel<T> model, Batch batch)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        Rows(new RnnEngine<T>(backend, EngineConfiguration.For(model)).Evaluate(model.Parameters, batch));
}
