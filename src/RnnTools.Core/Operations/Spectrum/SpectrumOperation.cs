using RnnTools.Core.Backends;
using RnnTools.Core.Diagnostics;
using RnnTools.Core.Model;
using RnnTools.Core.Tasks;

namespace RnnTools.Core.Operations.Spectrum;

/// <summary>Spectral statistics, Hochreiter's τ and (on a batch) the Jacobian products of a model file (training.md §4.4).</summary>
/// <param name="clock">The time source of the Timestamp column (the system clock by default).</param>
public sealed class SpectrumOperation(TimeProvider? clock = null)
{
    private readonly TimeProvider time = clock ?? TimeProvider.System;

    /// <summary>Emits one row without a batch, one row per step k with one.</summary>
    /// <exception cref="Errors.RnnToolsException">An invalid option, an unreadable or mismatched file, or an unavailable backend.</exception>
    public void Run(SpectrumOptions options, IOperationSink<SpectrumRecord> sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sink);
        options.Validate();
        RnnModel<double> model = ModelInputs.Resolve(options.Model, options.ModelPath)!.Model;
        Batch? batch = options.BatchPath is { Length: > 0 } path ? ModelInputs.ReadBatchFor(model.Shape, path) : null;
        BackendSelection selection = BackendRegistry.Select(options.Backend, options.Threads);
        sink.Verbose(selection.Explanation);
        SpectralStatistics spectral = SpectralStatistics.Compute<double>(model.WRec, model.Shape.HiddenSize);
        double tau = VanishingConditions.HochreiterTau<double>(model.WRec, model.Activation, model.ActivationBeta);
        string backend = BackendSelector.Name(selection.Backend.Kind);
        Provenance provenance = Provenance.Of(selection.Backend, time);
        SpectrumRecord Row(int? step, double? mean, double? max, double? bound) =>
            new(backend, spectral.Rho, spectral.MaxSingular, spectral.MinSingular, spectral.SingularVar, tau, step, mean, max, bound,
                provenance.BackendDescription, provenance.ToolVersion, provenance.GitCommit, provenance.Timestamp);

        if (batch is null)
        {
            sink.Emit(Row(null, null, null, null));
            return;
        }

        JacobianProfile profile = JacobianProducts.Compute(selection.Backend, model, batch, cancellationToken);
        for (int k = 0; k <= profile.LastStep; k++)
        {
            sink.Emit(Row(k, profile.Mean[k], profile.Max[k], profile.Bound[k]));
        }
    }
}
