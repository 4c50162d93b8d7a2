using RnnTools.Core.Errors;

namespace RnnTools.Core.Operations.Datasets;

/// <summary>Options of the dataset summary (<c>Import-RnnDataset</c>, <c>rnntools dataset info</c>).</summary>
public sealed record DatasetInfoOptions
{
    /// <summary>The dataset file, JSON or pickle (tasks.md §5.1).</summary>
    public required string Path { get; init; }

    /// <summary>Checks the options.</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidHyperParameter"/> for an empty path.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Path))
        {
            throw RnnToolsException.InvalidParameter(nameof(Path), "a dataset file is required.");
        }
    }
}
