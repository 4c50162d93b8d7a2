using RnnTools.Core.Errors;
using RnnTools.Core.Model;

namespace RnnTools.Core.Operations.Models;

/// <summary>Options of writing a model file (<c>Export-RnnModel</c>; <c>rnntools model new --out</c>).</summary>
public sealed record ExportModelOptions
{
    /// <summary>The model to write.</summary>
    public required StoredModel Model { get; init; }

    /// <summary>The file to write (training.md §15).</summary>
    public required string Path { get; init; }

    /// <summary>Refuse to replace an existing file (<see cref="ErrorIds.ResultFileExists"/>).</summary>
    public bool NoClobber { get; init; }

    /// <summary>Replace an existing file even if it is read-only.</summary>
    public bool Force { get; init; }

    /// <summary>Emit the model again after writing it.</summary>
    public bool PassThru { get; init; }

    /// <summary>Checks the options.</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidHyperParameter"/> for a missing model or path.</exception>
    public void Validate()
    {
        if (Model is null)
        {
            throw RnnToolsException.InvalidParameter(nameof(Model), "give the model to write.", this);
        }

        if (string.IsNullOrWhiteSpace(Path))
        {
            throw RnnToolsException.InvalidParameter(nameof(Path), "name the file to write.", this);
        }
    }
}
