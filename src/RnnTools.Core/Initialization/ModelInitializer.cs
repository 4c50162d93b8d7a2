using System.Globalization;
using RnnTools.Core.Errors;
using RnnTools.Core.Model;
using RnnTools.Core.Numerics;
using RnnTools.Core.Random;

namespace RnnTools.Core.Initialization;

/// <summary>
/// Builds a model's initial weights from <see cref="InitializationOptions"/> (training.md §6.4): the preset's
/// initialisers, then the per-variable overrides (each replaces its variable after the preset has drawn, so the other
/// variables keep the preset's values). Its streams open when it is created and continue across
/// <see cref="Generate"/> calls, as Galvan's initialiser objects did, so hidden-unit growth draws fresh values.
/// </summary>
public sealed class ModelInitializer
{
    private readonly InitializationOptions options;
    private readonly InitializerStreams streams;
    private readonly PascanuPresetInitializer? pascanu;
    private readonly IMatrixInitializer?[] variables;

    private ModelInitializer(InitializationOptions options, InitializerStreams streams, NumpyRandomState? sharedStream)
    {
        options.Validate();
        this.options = options;
        this.streams = streams;
        uint seed = (uint)options.Seed;
        IReadOnlyList<string?> presetSpecs = PresetSpecs(options);
        if (options.InitPreset is InitPreset.PascanuSigmoid or InitPreset.PascanuBasicTanh or InitPreset.PascanuSmartTanh)
        {
            pascanu = new PascanuPresetInitializer(options.InitPreset, sharedStream ?? streams.Open(seed));
        }

        string presetName = nameof(InitializationOptions.InitPreset);
        variables = [.. options.Overrides().Zip(presetSpecs, (over, preset) =>
            over.Text is not null ? Build(over.Text, over.Name)
            : preset is not null ? Build(preset, presetName)
            : null)];
        Activation = options.Activation ?? PresetActivation(options.InitPreset);

        IMatrixInitializer Build(string text, string parameter) =>
            InitializerCatalog.Create(InitializerSpec.Parse(text, parameter), new InitializerContext(streams, seed, options.SpectralRadius, parameter));
    }

    /// <summary>The hidden activation: the options' or the preset's.</summary>
    public Activation Activation { get; }

    /// <summary>Creates the initialiser with fresh streams.</summary>
    /// <param name="options">The initialisation options (validated here).</param>
    /// <param name="sharedStream">
    /// For the <c>pascanu-*</c> presets only: a stream to draw from instead of a new one seeded with the run seed (to
    /// share one stream with the task, tasks.md §3.1). Its owner checkpoints it; it is not part of <see cref="CaptureStreams"/>.
    /// </param>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidHyperParameter"/> naming the option.</exception>
    public static ModelInitializer Create(InitializationOptions options, NumpyRandomState? sharedStream = null) =>
        new(options, new InitializerStreams(), sharedStream);

    /// <summary>Rebuilds the initialiser of a checkpoint: the same options, and the captured stream states.</summary>
    /// <exception cref="ArgumentException">The states were not captured from an initialiser with these options.</exception>
    public static ModelInitializer Restore(InitializationOptions options, IReadOnlyList<NumpyRandomStateSnapshot> states, NumpyRandomState? sharedStream = null)
    {
        var streams = InitializerStreams.Restore(states);
        var initializer = new ModelInitializer(options, streams, sharedStream);
        return streams.PendingRestores == 0 && initializer.CaptureStreams().Count == states.Count
            ? initializer
            : throw new ArgumentException($"{states.Count} stream states do not match these initialisation options.", nameof(states));
    }

    /// <summary>The states of the initialisers' own streams, in creation order (for checkpoints).</summary>
    public IReadOnlyList<NumpyRandomStateSnapshot> CaptureStreams() => streams.Capture();

    /// <summary>Draws a model of the given shape: W_rec, W_in, W_out, then the biases (b_rec = 0; b_out = 0 or the target means).</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidHyperParameter"/>: an initialiser does not suit a variable's shape.</exception>
    public RnnModel<double> Generate(RnnShape shape, OutputFunction output)
    {
        var model = new RnnModel<double>(shape, Activation, output);
        pascanu?.Fill(model);
        (string Name, string? Text)[] overrides = [.. options.Overrides()];
        for (int v = 0; v < variables.Length; v++)
        {
            if (variables[v] is not { } initializer)
            {
                continue;
            }

            (string _, int offset, int length, int rows, int columns) = shape.Variables[v];
            string parameter = overrides[v].Text is null ? nameof(InitializationOptions.InitPreset) : overrides[v].Name;
            initializer.Fill(model.Parameters.AsSpan(offset, length), new MatrixTarget(rows, columns, parameter));
        }

        if (options.InitPreset == InitPreset.Sutskever2013 && !options.OutputBias.IsEmpty)
        {
            if (options.OutputBias.Length != shape.OutputSize)
            {
                throw RnnToolsException.InvalidParameter(
                    nameof(InitializationOptions.OutputBias), $"has {options.OutputBias.Length} values for {shape.OutputSize} outputs.", options);
            }

            options.OutputBias.AsSpan().CopyTo(model.BOut);
        }

        return model;
    }

    private static IReadOnlyList<string?> PresetSpecs(InitializationOptions options)
    {
        string rho = InvariantNumber.Format(options.SpectralRadius);
        const string Gaussian01 = "gaussian(mean=0, std=0.1)";
        return options.InitPreset switch
        {
            InitPreset.Galvan => [$"spectral(inner={Gaussian01}, rho={rho})", Gaussian01, Gaussian01],
            InitPreset.GalvanMuse => [$"spectral(inner=gaussian(mean=0, std=0.14), rho={rho})", Gaussian01, Gaussian01],
            InitPreset.Sutskever2013 =>
            [
                "spectral(inner=sparse(k=15, std=1, mode=fan-in), rho=1.1)",
                string.Create(CultureInfo.InvariantCulture, $"gaussian(mean=0, std={(options.MemorizationTask ? 0.1 : 0.001)})"),
                Gaussian01,
            ],
            InitPreset.Irnn => ["identity(scale=1, std=0)", "gaussian(mean=0, std=0.001)", "gaussian(mean=0, std=0.001)"],
            _ => [null, null, null],
        };
    }

    private static Activation PresetActivation(InitPreset preset) => preset switch
    {
        InitPreset.PascanuSigmoid => Activation.Sigmoid,
        InitPreset.Irnn => Activation.Relu,
        _ => Activation.Tanh,
    };
}
