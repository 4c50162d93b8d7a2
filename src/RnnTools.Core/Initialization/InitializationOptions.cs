using System.Collections.Immutable;
using RnnTools.Core.Errors;
using RnnTools.Core.Model;

namespace RnnTools.Core.Initialization;

/// <summary>
/// How a model's initial weights are drawn (training.md §6, §13.4): a preset, the ρ of the galvan presets, the run
/// seed, per-variable overrides and the hidden activation.
/// </summary>
public sealed record InitializationOptions
{
    /// <summary>The default <see cref="SpectralRadius"/> (the thesis' 1.2).</summary>
    public const double DefaultSpectralRadius = 1.2;

    /// <summary>The default <see cref="Seed"/> (Galvan's 13).</summary>
    public const int DefaultSeed = 13;

    /// <summary>The preset (§6.4).</summary>
    public InitPreset InitPreset { get; init; } = InitPreset.Galvan;

    /// <summary>ρ of the <c>spectral</c> rescaling of the galvan presets, and the default ρ of a <c>spectral</c> override (&gt; 0).</summary>
    public double SpectralRadius { get; init; } = DefaultSpectralRadius;

    /// <summary>The run seed (0 ≤ seed &lt; 2³¹): every initialiser's stream is seeded with it unless it names its own.</summary>
    public int Seed { get; init; } = DefaultSeed;

    /// <summary>Override of W_rec: <c>name</c> or <c>name(param=value, …)</c> (§13.4); null keeps the preset's.</summary>
    public string? WRecInit { get; init; }

    /// <summary>Override of W_in; null keeps the preset's.</summary>
    public string? WInInit { get; init; }

    /// <summary>Override of W_out; null keeps the preset's.</summary>
    public string? WOutInit { get; init; }

    /// <summary>The hidden activation; null takes the preset's.</summary>
    public Activation? Activation { get; init; }

    /// <summary>For <c>sutskever2013</c>: b_out, the per-output mean of the training targets (set by the loop); empty means 0.</summary>
    public ImmutableArray<double> OutputBias { get; init; } = [];

    /// <summary>For <c>sutskever2013</c>: a memorisation task draws W_in from 0.1·Normal(0, 1) instead of 0.001·Normal(0, 1).</summary>
    public bool MemorizationTask { get; init; }

    /// <summary>Checks every value, including the syntax and parameters of the overrides.</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidHyperParameter"/> naming the option.</exception>
    public void Validate()
    {
        if (!double.IsFinite(SpectralRadius) || SpectralRadius <= 0)
        {
            throw RnnToolsException.InvalidParameter(nameof(SpectralRadius), "must be a finite number > 0.", this);
        }

        if (Seed < 0)
        {
            throw RnnToolsException.InvalidParameter(nameof(Seed), "must be ≥ 0.", this);
        }

        if (!Enum.IsDefined(InitPreset))
        {
            throw RnnToolsException.InvalidParameter(nameof(InitPreset), $"unknown preset {InitPreset}.", this);
        }

        if (OutputBias.Any(value => !double.IsFinite(value)))
        {
            throw RnnToolsException.InvalidParameter(nameof(OutputBias), "must hold finite numbers.", this);
        }

        foreach ((string name, string? text) in Overrides())
        {
            if (text is not null)
            {
                InitializerSpec.Parse(text, name);
            }
        }
    }

    /// <summary>The three overrides with their option names, in generation order.</summary>
    internal IEnumerable<(string Name, string? Text)> Overrides() =>
        [(nameof(WRecInit), WRecInit), (nameof(WInInit), WInInit), (nameof(WOutInit), WOutInit)];
}
