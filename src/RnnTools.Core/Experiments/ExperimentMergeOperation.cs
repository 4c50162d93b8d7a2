using RnnTools.Core.Operations;

namespace RnnTools.Core.Experiments;

/// <summary>
/// <c>rnntools experiment merge</c>, the last step of a Slurm job array: moves the array tasks' part files into
/// runs.csv and writes the experiment's tables from every finished run.
/// </summary>
/// <param name="catalog">The experiments (the built-in catalog by default).</param>
public sealed class ExperimentMergeOperation(ExperimentCatalog? catalog = null)
{
    /// <summary>Merges and writes the tables; emits one <see cref="MergeRecord"/>.</summary>
    /// <exception cref="Errors.RnnToolsException">Invalid options, an unknown experiment, or an unreadable or unwritable runs file.</exception>
    public void Run(ExperimentRunOptions options, IOperationSink<MergeRecord> sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sink);
        (Experiment experiment, ExperimentPaths paths) = ExperimentCatalog.Open(options, catalog);
        (int parts, int rows) = RunsFile.MergeParts(paths);
        IReadOnlyList<ExperimentRun> planned = experiment.Runs(options.Profile);
        IReadOnlyList<FinishedRun> finished = RunsFile.ReadFinished(paths);
        experiment.WriteResults(new ExperimentResults(paths, options.Profile, planned, finished, options.Backend), cancellationToken);
        HashSet<string> done = [.. finished.Select(run => run.RunKey)];
        sink.Emit(new MergeRecord(experiment.Id, parts, rows, planned.Count(run => done.Contains(run.Key)), planned.Count));
    }
}
