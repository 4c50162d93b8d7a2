using RnnTools.Core.Errors;

namespace RnnTools.Core.Operations.Models;

/// <summary>Options of reading a model file (<c>Import-RnnModel</c>).</summary>
public sealed record ImportModelOptions
{
    /// <summary>The model file (training.md §15).</summary>
    public required string Path { get; init; }

    /// <summary>Checks the options.</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidHyperParameter"/> for an empty path.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Path))
        {
            throw RnnToolsException.InvalidParameter(nameof(Path), "name a model file.", this);
        }
    }
}
