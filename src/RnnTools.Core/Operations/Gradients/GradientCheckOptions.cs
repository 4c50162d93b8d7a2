using RnnTools.Core.Backends;
using RnnTools.Core.Diagnostics;
using RnnTools.Core.Errors;
using RnnTools.Core.Model;

namespace RnnTools.Core.Operations.Gradients;

/// <summary>
/// Options of the finite-difference gradient check (<c>Test-RnnGradient</c>, <c>rnntools gradcheck</c>): a small random
/// model and ragged batch from the sizes and seed below, or the model (object or file) and/or batch file given.
/// </summary>
public sealed record GradientCheckOptions
{
    /// <summary>The largest size of a random model or batch.</summary>
    public const int MaxSize = 1000;

    /// <summary>A model file to check instead of a random model (its sizes and functions then apply).</summary>
    public string? ModelPath { get; init; }

    /// <summary>A model object to check instead of a random model (e.g. piped from Import-RnnModel).</summary>
    public StoredModel? Model { get; init; }

    /// <summary>A batch file to check on instead of a random batch.</summary>
    public string? BatchPath { get; init; }

    /// <summary>n_in of the random model.</summary>
    public int InputSize { get; init; } = 3;

    /// <summary>n_h of the random model.</summary>
    public int HiddenSize { get; init; } = 4;

    /// <summary>n_out of the random model.</summary>
    public int OutputSize { get; init; } = 2;

    /// <summary>The activation of the random model.</summary>
    public Activation Activation { get; init; } = Activation.Tanh;

    /// <summary>The output function of the random model (it selects the loss).</summary>
    public OutputFunction OutputFunction { get; init; } = OutputFunction.Softmax;

    /// <summary>T of the random batch.</summary>
    public int Length { get; init; } = 5;

    /// <summary>B of the random batch.</summary>
    public int BatchSize { get; init; } = 3;

    /// <summary>The seed of the random model and batch.</summary>
    public int Seed { get; init; } = 13;

    /// <summary>The largest relative error that passes.</summary>
    public double Tolerance { get; init; } = 1e-6;

    /// <summary>h of the central differences.</summary>
    public double FiniteDifferenceStep { get; init; } = GradientChecker.DefaultStep;

    /// <summary>The compute backend.</summary>
    public BackendKind Backend { get; init; } = BackendKind.Auto;

    /// <summary>Threads per BLAS call; null means <c>RNNTOOLS_THREADS</c>.</summary>
    public int? Threads { get; init; }

    /// <summary>Checks every option.</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidHyperParameter"/> naming the option.</exception>
    public void Validate()
    {
        ModelInputs.ValidateSource(Model, ModelPath, required: false, this);
        foreach ((string name, int value) in new[]
        {
            (nameof(InputSize), InputSize), (nameof(HiddenSize), HiddenSize), (nameof(OutputSize), OutputSize),
            (nameof(Length), Length), (nameof(BatchSize), BatchSize),
        })
        {
            if (value < 1 || value > MaxSize)
            {
                throw RnnToolsException.InvalidParameter(name, $"must be from 1 to {MaxSize} (got {value}).", this);
            }
        }

        if (Seed < 0)
        {
            throw RnnToolsException.InvalidParameter(nameof(Seed), $"must be 0 or more (got {Seed}).", this);
        }

        if (!double.IsFinite(Tolerance) || Tolerance <= 0)
        {
            throw RnnToolsException.InvalidParameter(nameof(Tolerance), $"must be a positive number (got {Tolerance}).", this);
        }

        if (!double.IsFinite(FiniteDifferenceStep) || FiniteDifferenceStep <= 0 || FiniteDifferenceStep > 1)
        {
            throw RnnToolsException.InvalidParameter(nameof(FiniteDifferenceStep), $"must be in (0, 1] (got {FiniteDifferenceStep}).", this);
        }

        if (Threads is < 1)
        {
            throw RnnToolsException.InvalidParameter(nameof(Threads), $"must be at least 1 (got {Threads}).", this);
        }
    }
}
