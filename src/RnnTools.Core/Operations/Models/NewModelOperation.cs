using System.Globalization;
using RnnTools.Core.Model;

namespace RnnTools.Core.Operations.Models;

/// <summary>Creates a Galvan-initialised model (training.md §6.4) and emits it as a <see cref="StoredModel"/>.</summary>
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
        RnnModel<double> model = GalvanInitialization.Create(shape, options.Activation, options.OutputFunction, options.SpectralRadius, (uint)options.Seed);
        string initialization = string.Create(CultureInfo.InvariantCulture, $"galvan(spectral_radius={options.SpectralRadius:R})");
        sink.Verbose($"model {shape.InputSize}-{shape.HiddenSize}-{shape.OutputSize}, {initialization}, Seed={options.Seed}, Precision={options.Precision}");
        sink.Emit(new StoredModel(model, options.Precision, new ModelMetadata(Seed: options.Seed, Initialization: initialization)));
    }
}
