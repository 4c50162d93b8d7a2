using RnnTools.Core.Backends;
using RnnTools.Core.Errors;
using RnnTools.Core.Model;

namespace RnnTools.Core.Operations.Spectrum;

/// <summary>Options of <c>Get-RnnSpectrum</c> / <c>rnntools spectrum</c>: spectral statistics of a model, optionally with Jacobian products on a batch.</summary>
public sealed record SpectrumOptions
{
    /// <summary>The model file (training.md §15); empty when <see cref="Model"/> is given.</summary>
    public string ModelPath { get; init; } = string.Empty;

    /// <summary>The model as an object (e.g. piped from New-RnnModel or Import-RnnModel) instead of a file.</summary>
    public StoredModel? Model { get; init; }

    /// <summary>A batch file for the Jacobian products ‖∂a_t/∂a_k‖₂ (tasks.md §1.2); none for the statistics alone.</summary>
    public string? BatchPath { get; init; }

    /// <summary>The compute backend of the forward pass and the products.</summary>
    public BackendKind Backend { get; init; } = BackendKind.Auto;

    /// <summary>Threads per BLAS call; null means <c>RNNTOOLS_THREADS</c>.</summary>
    public int? Threads { get; init; }

    /// <summary>Checks the options.</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidHyperParameter"/> naming the option.</exception>
    public void Validate()
    {
        ModelInputs.ValidateSource(Model, ModelPath, required: true, this);

        if (Threads is < 1)
        {
            throw RnnToolsException.InvalidParameter(nameof(Threads), $"must be at least 1 (got {Threads}).", this);
        }
    }
}
