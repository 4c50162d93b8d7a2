using RnnTools.Core.Errors;

namespace RnnTools.Core.Operations.Models;

/// <summary>Options of <c>rnntools model info</c>: the model file to describe.</summary>
public sealed record ModelInfoOptions
{
    /// <summary>The model file (training.md §15).</summary>
    public string ModelPath { get; init; } = string.Empty;

    /// <summary>Checks the options.</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidHyperParameter"/> when no file is named.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(ModelPath))
        {
            throw RnnToolsException.InvalidParameter(nameof(ModelPath), "name a model file.", this);
        }
    }
}
