using RnnTools.Core.Operations;
using RnnTools.Core.Training;

namespace RnnTools.Core.Experiments;

/// <summary><c>rnntools experiment status</c>: one <see cref="RunStatusRecord"/> per run of the grid, saying what is done, running and remaining.</summary>
/// <param name="catalog">The experiments (the built-in catalog by default).</param>
public sealed class ExperimentStatusOperation(ExperimentCatalog? catalog = null)
{
    /// <summary>Reports every run of the profile's grid.</summary>
    /// <exception cref="Errors.RnnToolsException">Invalid options, an unknown experiment, or an unreadable runs file or checkpoint.</exception>
    public void Run(ExperimentRunOptions options, IOperationSink<RunStatusRecord> sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sink);
        (Experiment experiment, ExperimentPaths paths) = ExperimentCatalog.Open(options, catalog);
        Dictionary<string, FinishedRun> finished = RunsFile.ReadFinished(paths).ToDictionary(run => run.RunKey, StringComparer.Ordinal);
        IReadOnlyList<ExperimentRun> runs = experiment.Runs(options.Profile);
        for (int index = 0; index < runs.Count; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ExperimentRun run = runs[index];
            long cap = run.Options.Resolve().MaxIterations!.Value;
            string directory = paths.Checkpoint(run);
            var store = new CheckpointStore(directory);
            RunStatusRecord record = finished.TryGetValue(run.Key, out FinishedRun? row)
                ? new(experiment.Id, options.Profile, index, run.Key, run.Series, RunState.Done, row.Status, row.Iterations, cap)
                : new(experiment.Id, options.Profile, index, run.Key, run.Series,
                    RunLock.IsHeld(directory) ? RunState.Running : store.Exists ? RunState.Partial : RunState.Remaining,
                    null, store.Exists ? store.Read().Progress.NextIteration : null, cap);
            sink.Emit(record);
        }
    }
}
