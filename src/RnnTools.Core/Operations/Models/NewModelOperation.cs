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
        options.Validate();
        cancellationToken.ThrowIfCancellationRequested();
        var shape = new RnnShape(options.InputSize, options.HiddenSize, options.OutputSize);
        RnnModel<double> model = ModelInitializer.Create(options.Initialization).Generate(shape, options.OutputFunction);
        string initialization = InitializationText(options);
        sink.Verbose($"model {shape.InputSize}-{shape.HiddenSize}-{shape.OutputSize}, {initialization}, Seed={options.Seed}, Precision={options.Precision}");
        sink.Emit(new StoredModel(model, options.Precision, new ModelMetadata(Seed: options.Seed, Initialization: initialization)));
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
