using RnnTools.Core.Errors;
using RnnTools.Core.Model;
using RnnTools.Core.Tasks;

namespace RnnTools.Core.Operations;

/// <summary>
/// Reads the model and batch an operation runs on and checks that they fit each other. A model comes either as an
/// object (piped in PowerShell) or as a file (every host), never both.
/// </summary>
public static class ModelInputs
{
    /// <summary>Checks that at most one model source is given, and one when <paramref name="required"/>.</summary>
    /// <param name="model">The model object, or null.</param>
    /// <param name="modelPath">The model file, or null/empty.</param>
    /// <param name="required">Whether the operation needs a model.</param>
    /// <param name="target">The options record named in the error.</param>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidHyperParameter"/> naming <c>ModelPath</c>.</exception>
    public static void ValidateSource(StoredModel? model, string? modelPath, bool required, object target)
    {
        bool hasPath = !string.IsNullOrWhiteSpace(modelPath);
        if (model is not null && hasPath)
        {
            throw RnnToolsException.InvalidParameter("ModelPath", "give a model file or a model object (Model), not both.", target);
        }

        if (required && model is null && !hasPath)
        {
            throw RnnToolsException.InvalidParameter("ModelPath", "name a model file (or pass a model object as Model).", target);
        }
    }

    /// <summary>The model object if given, else the model read from <paramref name="modelPath"/>, else null.</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidInputFile"/> for an unreadable or malformed file.</exception>
    public static StoredModel? Resolve(StoredModel? model, string? modelPath) =>
        model ?? (string.IsNullOrWhiteSpace(modelPath) ? null : ModelFile.Read(modelPath));

    /// <summary>Reads a batch file (tasks.md §1.2) and checks its sizes against a model.</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidInputFile"/> naming the batch file and the key at fault.</exception>
    public static Batch ReadBatchFor(RnnShape shape, string batchPath)
    {
        ArgumentNullException.ThrowIfNull(shape);
        Batch batch = BatchFile.Read(batchPath).Batch;
        string? problem = Mismatch(shape, batch);
        return problem is null ? batch : throw RnnToolsException.InvalidFile(batchPath, problem);
    }

    /// <summary>Why a batch does not fit a model (naming the batch key and the model size), or null when it fits.</summary>
    public static string? Mismatch(RnnShape shape, Batch batch)
    {
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentNullException.ThrowIfNull(batch);
        return batch.InputSize != shape.InputSize
            ? $"key 'inputs' has {batch.InputSize} channels; the model has n_in = {shape.InputSize}."
            : batch.OutputSize != shape.OutputSize
                ? $"key 'targets' has {batch.OutputSize} channels; the model has n_out = {shape.OutputSize}."
                : null;
    }
}
