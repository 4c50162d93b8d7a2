using RnnTools.Core.Errors;
using RnnTools.Core.Initialization;
using RnnTools.Core.Model;

namespace RnnTools.Core.Operations.Models;

/// <summary>
/// Options of a new model (<c>New-RnnModel</c>, <c>rnntools model new</c>): its sizes and its initialisation (training.md §6;
/// the thesis' <c>galvan</c> preset by default).
/// </summary>
public sealed record NewModelOptions
{
    /// <summary>The largest n_in, n_h or n_out.</summary>
    public const int MaxSize = 100_000;

    /// <summary>The largest spectral radius an initialisation may be scaled to.</summary>
    public const double MaxSpectralRadius = 100;

    /// <summary>The default <see cref="HiddenSize"/> (the thesis' 50).</summary>
    public const int DefaultHiddenSize = 50;

    /// <summary>n_in (required).</summary>
    public int InputSize { get; init; }

    /// <summary>n_h.</summary>
    public int HiddenSize { get; init; } = DefaultHiddenSize;

    /// <summary>n_out (required).</summary>
    public int OutputSize { get; init; }

    /// <summary>The hidden activation; null takes the preset's (tanh for galvan).</summary>
    public Activation? Activation { get; init; }

    /// <summary>The output function (it also selects the loss: linear → squared error, softmax → cross-entropy, logistic → BCE).</summary>
    public OutputFunction OutputFunction { get; init; } = OutputFunction.Linear;

    /// <summary>The initialisation preset (§6.4).</summary>
    public InitPreset InitPreset { get; init; } = InitPreset.Galvan;

    /// <summary>ρ that W_rec is rescaled to by the galvan presets.</summary>
    public double SpectralRadius { get; init; } = InitializationOptions.DefaultSpectralRadius;

    /// <summary>Override of W_rec's initialiser (<c>name</c> or <c>name(param=value, …)</c>), or null.</summary>
    public string? WRecInit { get; init; }

    /// <summary>Override of W_in's initialiser, or null.</summary>
    public string? WInInit { get; init; }

    /// <summary>Override of W_out's initialiser, or null.</summary>
    public string? WOutInit { get; init; }

    /// <summary>The seed of every initialiser stream.</summary>
    public int Seed { get; init; } = InitializationOptions.DefaultSeed;

    /// <summary>The precision the model is stored in.</summary>
    public Precision Precision { get; init; } = Precision.Float32;

    /// <summary>Checks every option.</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidHyperParameter"/> naming the option.</exception>
    public void Validate()
    {
        CheckSize(nameof(InputSize), InputSize);
        CheckSize(nameof(HiddenSize), HiddenSize);
        CheckSize(nameof(OutputSize), OutputSize);
        if (!double.IsFinite(SpectralRadius) || SpectralRadius <= 0 || SpectralRadius > MaxSpectralRadius)
        {
            throw RnnToolsException.InvalidParameter(nameof(SpectralRadius), $"must be in (0, {MaxSpectralRadius}] (got {SpectralRadius}).", this);
        }

        if (Seed < 0)
        {
            throw RnnToolsException.InvalidParameter(nameof(Seed), $"must be 0 or more (got {Seed}).", this);
        }

        if ((Activation is { } activation && !Enum.IsDefined(activation)) || !Enum.IsDefined(OutputFunction) || !Enum.IsDefined(Precision))
        {
            throw RnnToolsException.InvalidParameter(nameof(Activation), "unknown activation, output function or precision.", this);
        }

        Initialization.Validate();
    }

    /// <summary>The initialisation part of these options.</summary>
    public InitializationOptions Initialization => new()
    {
        InitPreset = InitPreset,
        SpectralRadius = SpectralRadius,
        Seed = Seed,
        WRecInit = WRecInit,
        WInInit = WInInit,
        WOutInit = WOutInit,
        Activation = Activation,
    };

    private void CheckSize(string name, int value)
    {
        if (value < 1 || value > MaxSize)
        {
            throw RnnToolsException.InvalidParameter(name, $"must be from 1 to {MaxSize} (got {value}).", this);
        }
    }
}
