using RnnTools.Core.Diagnostics;
using RnnTools.Core.Model;

namespace RnnTools.Core.Operations.Models;

/// <summary>Reads a model file and describes it: sizes, functions, ρ and singular-value statistics of W_rec.</summary>
public sealed class ModelInfoOperation
{
    /// <summary>Emits one <see cref="ModelInfoRecord"/>.</summary>
    /// <exception cref="Errors.RnnToolsException">A missing or malformed model file (<c>InvalidInputFile</c>).</exception>
    public void Run(ModelInfoOptions options, IOperationSink<ModelInfoRecord> sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sink);
        options.Validate();
        StoredModel stored = ModelFile.Read(options.ModelPath, allowNonFinite: true);
        cancellationToken.ThrowIfCancellationRequested();
        sink.Emit(Describe(stored));
    }

    /// <summary>The record of a model.</summary>
    public static ModelInfoRecord Describe(StoredModel stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        RnnModel<double> model = stored.Model;
        RnnShape shape = model.Shape;
        SpectralStatistics spectral = SpectralStatistics.Compute<double>(model.WRec, shape.HiddenSize);
        return new ModelInfoRecord(shape.InputSize, shape.HiddenSize, shape.OutputSize, shape.ParameterCount, model.Activation, model.ActivationBeta,
            model.OutputFunction, stored.Precision, spectral.Rho, spectral.MaxSingular, spectral.MinSingular, spectral.SingularVar,
            VanishingConditions.HochreiterTau<double>(model.WRec, model.Activation, model.ActivationBeta), stored.Metadata.Seed);
    }
}
