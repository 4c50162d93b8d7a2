using RnnTools.Core.Backends;
using RnnTools.Core.Errors;
using RnnTools.Core.Model;

namespace RnnTools.Core.Operations.Datasets;

/// <summary>Options of the dataset summary (<c>Import-RnnDataset</c>, <c>rnntools dataset info</c>).</summary>
public sealed record DatasetInfoOptions
{
    /// <summary>The dataset file, JSON or pickle (tasks.md §5.1).</summary>
    public required string Path { get; init; }

    /// <summary>A model file (training.md §15) whose NLL is reported per split next to the baseline; none for the statistics alone.</summary>
    public string? ModelPath { get; init; }

    /// <summary>The model as an object (e.g. piped from Import-RnnModel) instead of a file.</summary>
    public StoredModel? Model { get; init; }

    /// <summary>The compute backend of the model's forward passes.</summary>
    public BackendKind Backend { get; init; } = BackendKind.Auto;

    /// <summary>Threads per BLAS call; null means <c>RNNTOOLS_THREADS</c>.</summary>
    public int? Threads { get; init; }

    /// <summary>Checks the options.</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidHyperParameter"/> naming the option.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Path))
        {
            throw RnnToolsException.InvalidParameter(nameof(Path), "a dataset file is required.", this);
        }

        ModelInputs.ValidateSource(Model, ModelPath, required: false, this);
        if (Threads is < 1)
        {
            throw RnnToolsException.InvalidParameter(nameof(Threads), $"must be at least 1 (got {Threads}).", this);
        }
    }
}
