using RnnTools.Core.Model;

namespace RnnTools.Core.Operations.Models;

/// <summary>Reads a model file (training.md §15; shapes checked, non-finite values refused) and emits the model.</summary>
public sealed class ImportModelOperation
{
    /// <summary>Emits one <see cref="StoredModel"/>.</summary>
    /// <exception cref="Errors.RnnToolsException"><c>InvalidInputFile</c> naming the file and the key at fault.</exception>
    public void Run(ImportModelOptions options, IOperationSink<StoredModel> sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sink);
        options.Validate();
        StoredModel model = ModelFile.Read(options.Path);
        sink.Verbose($"read {options.Path}: {model.Model.Shape.InputSize}-{model.Model.Shape.HiddenSize}-{model.Model.Shape.OutputSize}, {model.Precision}");
        cancellationToken.ThrowIfCancellationRequested();
        sink.Emit(model);
    }
}
