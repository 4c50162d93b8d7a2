using RnnTools.Core.Backends;
using RnnTools.Core.Errors;
using RnnTools.Core.Model;

namespace RnnTools.Core.Operations.Gradients;

/// <summary>Options of <c>rnntools measure-gradient</c>: temporal component norms of a model on a batch (training.md §14.3).</summary>
public sealed record MeasureGradientOptions
{
    /// <summary>The model file (training.md §15).</summary>
    public string ModelPath { get; init; } = string.Empty;

    /// <summary>The batch file (tasks.md §1.2).</summary>
    public string BatchPath { get; init; } = string.Empty;

    /// <summary>The precision to compute in; null means the model file's.</summary>
    public Precision? Precision { get; init; }

    /// <summary>The compute backend.</summary>
    public BackendKind Backend { get; init; } = BackendKind.Auto;

    /// <summary>Threads per BLAS call; null means <c>RNNTOOLS_THREADS</c>.</summary>
    public int? Threads { get; init; }

    /// <summary>Checks the options.</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidHyperParameter"/> naming the option.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(ModelPath))
        {
            throw RnnToolsException.InvalidParameter(nameof(ModelPath), "name a model file.", this);
        }

        if (string.IsNullOrWhiteSpace(BatchPath))
        {
            throw RnnToolsException.InvalidParameter(nameof(BatchPath), "name a batch file.", this);
        }

        if (Threads is < 1)
        {
            throw RnnToolsException.InvalidParameter(nameof(Threads), $"must be at least 1 (got {Threads}).", this);
        }
    }
}
