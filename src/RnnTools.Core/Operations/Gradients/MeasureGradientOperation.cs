using RnnTools.Core.Backends;
using RnnTools.Core.Model;
using RnnTools.Core.Tasks;

namespace RnnTools.Core.Operations.Gradients;

/// <summary>Measures the temporal components of a model file on a batch file: one <see cref="GradientStepRecord"/> per step.</summary>
public sealed class MeasureGradientOperation
{
    /// <summary>Emits the rows of every step.</summary>
    /// <exception cref="Errors.RnnToolsException">An invalid option, an unreadable or mismatched file, or an unavailable backend.</exception>
    public void Run(MeasureGradientOptions options, IOperationSink<GradientStepRecord> sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sink);
        options.Validate();
        StoredModel model = ModelFile.Read(options.ModelPath);
        Batch batch = ModelInputs.ReadBatchFor(model.Model.Shape, options.BatchPath);
        BackendSelection selection = BackendRegistry.Select(options.Backend, options.Threads);
        Precision precision = options.Precision ?? model.Precision;
        sink.Verbose($"{selection.Explanation}; {selection.Backend.Describe()}; Precision={precision}; T={batch.Length}, B={batch.BatchSize}");
        cancellationToken.ThrowIfCancellationRequested();
        foreach (GradientStepRecord row in GradientSteps.Measure(selection.Backend, model, batch, precision))
        {
            sink.Emit(row);
        }
    }
}
