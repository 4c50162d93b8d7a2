using System.Globalization;
using RnnTools.Core.Errors;
using RnnTools.Core.Operations;
using RnnTools.Core.Training;

namespace RnnTools.Core.Experiments;

/// <summary>
/// <c>rnntools experiment run</c>: trains the unfinished runs of an experiment's grid, <see cref="ExperimentRunOptions.Parallel"/>
/// at once and each single-threaded, and then writes its tables. Every run trains in its own checkpoint directory
/// (resumed when one exists) under an exclusive <see cref="RunLock"/>; a finished run appends one flushed row to runs.csv
/// and then loses its checkpoint, so a sweep can be stopped at any moment and continued by running it again. A run that
/// another experiment of the catalog has already finished with the same options gets a copy of that row instead of
/// training (<see cref="SharedRuns"/>). Emits one <see cref="SweepRunResult"/> per run of the grid.
/// </summary>
/// <param name="catalog">The experiments (the built-in catalog by default).</param>
public sealed class ExperimentRunOperation(ExperimentCatalog? catalog = null)
{
    /// <summary>Runs the sweep.</summary>
    /// <exception cref="RnnToolsException">Invalid options, an unknown experiment, or an unreadable runs file.</exception>
    public void Run(ExperimentRunOptions options, IOperationSink<SweepRunResult> sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sink);
        ExperimentCatalog experiments = catalog ?? new ExperimentCatalog(options.Data);
        (Experiment experiment, ExperimentPaths paths) = ExperimentCatalog.Open(options, experiments);
        var synchronized = new SynchronizedSink<SweepRunResult>(sink);
        IReadOnlyList<ExperimentRun> planned = experiment.Runs(options.Profile);
        IReadOnlyList<ExperimentRun> selected = Select(planned, options.RunIndex, experiment.Id);
        HashSet<string> finished = [.. RunsFile.ReadFinished(paths).Select(run => run.RunKey)];
        SharedRuns shared = SharedRuns.For(experiment, options, experiments);

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (options.TimeLimit is { } seconds)
        {
            limit.CancelAfter(TimeSpan.FromSeconds(seconds));
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallel };
        Parallel.ForEach(selected, parallel, run => synchronized.Emit(
            finished.Contains(run.Key) ? Skip(experiment, paths, run)
            : shared.Find(run) is { } row ? Reuse(experiment, paths, run, options, row)
            : Train(experiment, paths, run, options, synchronized, limit.Token)));

        if (Directory.Exists(paths.Checkpoints) && !Directory.EnumerateFileSystemEntries(paths.Checkpoints).Any())
        {
            Directory.Delete(paths.Checkpoints);
        }

        if (options.Part is null)
        {
            experiment.WriteResults(new ExperimentResults(paths, options.Profile, planned, RunsFile.ReadFinished(paths), options.Backend), cancellationToken);
        }
    }

    private static IReadOnlyList<ExperimentRun> Select(IReadOnlyList<ExperimentRun> planned, int? index, string id) => index switch
    {
        null => planned,
        { } i when i < planned.Count => [planned[i]],
        { } i => throw RnnToolsException.InvalidParameter(nameof(ExperimentRunOptions.RunIndex),
            string.Create(CultureInfo.InvariantCulture, $"{i} is outside the grid of {id} ({planned.Count} runs, indices 0 to {planned.Count - 1}).")),
    };

    /// <summary>A finished run is not trained again; a checkpoint left by a crash between its row and its cleanup goes.</summary>
    private static SweepRunResult Skip(Experiment experiment, ExperimentPaths paths, ExperimentRun run)
    {
        DeleteUnheldCheckpoint(paths, run);
        return new(experiment.Id, run.Key, run.Series, SweepOutcome.Skipped, null, null, null, string.Empty);
    }

    /// <summary>A run another experiment finished with the same options gets a copy of its row under this run's key.</summary>
    private static SweepRunResult Reuse(Experiment experiment, ExperimentPaths paths, ExperimentRun run, ExperimentRunOptions options, RunsRow row)
    {
        RunsFile.AppendCopy(options.Part is { } part ? paths.Part(part) : paths.Runs, row,
            [experiment.Id, experiment.Version.ToString(CultureInfo.InvariantCulture), options.Profile.ToString(), run.Key, run.Series]);
        DeleteUnheldCheckpoint(paths, run);
        return new(experiment.Id, run.Key, run.Series, SweepOutcome.Reused, row.Run.Status, row.Run.Iterations, null, string.Empty);
    }

    private static void DeleteUnheldCheckpoint(ExperimentPaths paths, ExperimentRun run)
    {
        string directory = paths.Checkpoint(run);
        if (Directory.Exists(directory) && !RunLock.IsHeld(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static SweepRunResult Train(Experiment experiment, ExperimentPaths paths, ExperimentRun run, ExperimentRunOptions options,
        IOperationSink<SweepRunResult> sink, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return new(experiment.Id, run.Key, run.Series, SweepOutcome.Interrupted, null, null, null, string.Empty);
        }

        string directory = paths.Checkpoint(run);
        RunLock? held = RunLock.TryAcquire(directory);
        if (held is null)
        {
            return new(experiment.Id, run.Key, run.Series, SweepOutcome.Busy, null, null, null, string.Empty);
        }

        try
        {
            TrainingRunRecord summary = TrainOnce(experiment, paths, run, options, sink, directory, cancellationToken);
            var result = new SweepRunResult(experiment.Id, run.Key, run.Series,
                summary.Status == TrainingStatus.Cancelled ? SweepOutcome.Interrupted : SweepOutcome.Finished,
                summary.Status, summary.Iterations, summary.ElapsedSeconds, summary.BackendDescription);
            if (result.Outcome == SweepOutcome.Finished)
            {
                RunsFile.Append(options.Part is { } part ? paths.Part(part) : paths.Runs,
                    new SweepRunRecord(experiment.Id, experiment.Version, options.Profile, run.Key, run.Series, summary));
                KeepBestModel(experiment, paths, run, directory);
                held.Dispose();
                held = null;
                Directory.Delete(directory, recursive: true);
            }

            return result;
        }
        catch (RnnToolsException ex)
        {
            sink.Error(ex);
            return new(experiment.Id, run.Key, run.Series, SweepOutcome.Failed, null, null, null, string.Empty);
        }
        finally
        {
            held?.Dispose();
        }
    }

    private static TrainingRunRecord TrainOnce(Experiment experiment, ExperimentPaths paths, ExperimentRun run, ExperimentRunOptions options,
        IOperationSink<SweepRunResult> sink, string directory, CancellationToken cancellationToken)
    {
        RunHistoryKind kept = experiment.KeptHistory;
        if (!new CheckpointStore(directory).Exists)
        {
            foreach (string stale in new[] { paths.CheckHistory(run), paths.TemporalHistory(run) }.Where(File.Exists))
            {
                File.Delete(stale);
            }
        }

        using var history = new TrainingHistoryFiles(kept == RunHistoryKind.None ? null : paths.CheckHistory(run),
            kept == RunHistoryKind.ChecksAndTemporal ? paths.TemporalHistory(run) : null, resuming: true);
        var capture = new CapturingSink<TrainingRunRecord, SweepRunResult>(sink);
        TrainingOptions training = run.Options with { CheckpointPath = directory, Resume = true, Threads = 1, Backend = options.Backend };
        new TrainingOperation().Run(training, capture, history, cancellationToken);
        return capture.Records.Single();
    }

    /// <summary>Experiments that evaluate the best model afterwards keep it next to the run's history.</summary>
    private static void KeepBestModel(Experiment experiment, ExperimentPaths paths, ExperimentRun run, string directory)
    {
        string best = Path.Combine(directory, CheckpointStore.BestModelFileName);
        if (experiment.KeepsBestModel && File.Exists(best))
        {
            Directory.CreateDirectory(paths.Histories);
            File.Copy(best, paths.BestModel(run), overwrite: true);
        }
    }
}
