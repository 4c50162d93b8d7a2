using RnnTools.Core.Initialization;
using RnnTools.Core.Model;
using RnnTools.Core.Optimization;

namespace RnnTools.Core.Operations.Models;

/// <summary>Creates an initialised model (training.md §6; the galvan preset by default) and emits it as a <see cref="StoredModel"/>.</summary>
public sealed class NewModelOperation
{
    /// <summary>Emits one model.</summary>
    /// <exception cref="Errors.RnnToolsException">An invalid option.</exception>
    public void Run(NewModelOptions options, IOperationSink<StoredModel> sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sink);
        cancellationToken.ThrowIfCancellationRequested();
        StoredModel model = Create(options);
        sink.Verbose($"model {options.InputSize}-{options.HiddenSize}-{options.OutputSize}, {model.Metadata.Initialization}, Seed={options.Seed}, Precision={options.Precision}");
        sink.Emit(model);
    }

    /// <summary>Validates the options and initialises the model, recording its seed and initialisation in the metadata.</summary>
    /// <exception cref="Errors.RnnToolsException">An invalid option.</exception>
    public static StoredModel Create(NewModelOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var shape = new RnnShape(options.InputSize, options.HiddenSize, options.OutputSize);
        RnnModel<double> model = ModelInitializer.Create(options.Initialization).Generate(shape, options.OutputFunction);
        return new StoredModel(model, options.Precision, new ModelMetadata(Seed: options.Seed, Initialization: InitializationText(options)));
    }

    private static string InitializationText(NewModelOptions options)
    {
        string preset = $"{OptionNames.Format(options.InitPreset)}(spectral_radius={InvariantNumberText(options.SpectralRadius)})";
        IEnumerable<string> overrides = new[] { ("W_rec", options.WRecInit), ("W_in", options.WInInit), ("W_out", options.WOutInit) }
            .Where(o => o.Item2 is not null).Select(o => $"{o.Item1}={o.Item2}");
        return string.Join("; ", overrides.Prepend(preset));
    }

    private static string InvariantNumberText(double value) => Numerics.InvariantNumber.Format(value);
}
