using RnnTools.Core.Errors;
using RnnTools.Core.Model;
using RnnTools.Core.Tasks;

namespace RnnTools.Core.Operations;

/// <summary>Reads the model and batch files an operation runs on and checks that they fit each other.</summary>
public static class ModelInputs
{
    /// <summary>Reads a batch file (tasks.md §1.2) and checks its sizes against a model.</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidInputFile"/> naming the batch file and the key at fault.</exception>
    public static Batch ReadBatchFor(RnnShape shape, string batchPath)
    {
        ArgumentNullException.ThrowIfNull(shape);
        Batch batch = BatchFile.Read(batchPath).Batch;
        if (batch.InputSize != shape.InputSize)
        {
            throw RnnToolsException.InvalidFile(batchPath, $"key 'inputs' has {batch.InputSize} channels; the model has n_in = {shape.InputSize}.");
        }

        if (batch.OutputSize != shape.OutputSize)
        {
            throw RnnToolsException.InvalidFile(batchPath, $"key 'targets' has {batch.OutputSize} channels; the model has n_out = {shape.OutputSize}.");
        }

        return batch;
    }
}
