using RnnTools.Core.Operations;

namespace RnnTools.Core.Experiments;

/// <summary><c>rnntools experiment list</c>: one <see cref="ExperimentInfoRecord"/> per experiment of the catalog.</summary>
/// <param name="catalog">The experiments (the built-in catalog by default).</param>
public sealed class ExperimentListOperation(ExperimentCatalog? catalog = null)
{
    /// <summary>Emits the catalog.</summary>
    public void Run(IOperationSink<ExperimentInfoRecord> sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        foreach (Experiment experiment in (catalog ?? new ExperimentCatalog()).All)
        {
            sink.Emit(new ExperimentInfoRecord(experiment.Id, experiment.Version, experiment.Runs(ExperimentProfile.Full).Count,
                experiment.Runs(ExperimentProfile.Quick).Count, string.Join(' ', experiment.AlsoWrites), experiment.Title));
        }
    }
}
