using System.Globalization;
using RnnTools.Core.Backends;
using RnnTools.Core.Datasets;
using RnnTools.Core.Errors;
using RnnTools.Core.Model;
using RnnTools.Core.Operations;
using RnnTools.Core.Tasks;

namespace RnnTools.Core.Training;

/// <summary>
/// Trains one network (<c>Invoke-RnnTraining</c>, <c>rnntools train</c>; training.md §13): emits one
/// <see cref="TrainingRunRecord"/> per run, streams its <see cref="CheckRecord"/>s to an optional history as they happen,
/// reports one milestone progress update per check, and writes checkpoints when <see cref="TrainingOptions.CheckpointPath"/>
/// is given (after <see cref="IOperationSink{TRecord}.ShouldProcess"/>). Cancellation ends the run after the current
/// iteration with status <see cref="TrainingStatus.Cancelled"/> (and a checkpoint); it is not an exception.
/// </summary>
/// <param name="clock">Wall-clock time, timestamps and the budget (the system clock by default).</param>
public sealed class TrainingOperation(TimeProvider? clock = null)
{
    private readonly TimeProvider time = clock ?? TimeProvider.System;

    /// <summary>Runs without a history channel (the check records are still in the summary's History).</summary>
    /// <exception cref="RnnToolsException">Invalid options, an unavailable backend, an unreadable dataset or checkpoint, or an unwritable checkpoint.</exception>
    public void Run(TrainingOptions options, IOperationSink<TrainingRunRecord> sink, CancellationToken cancellationToken) =>
        Run(options, sink, null, cancellationToken);

    /// <summary>Runs, writing every check to <paramref name="history"/> as it happens.</summary>
    /// <exception cref="RnnToolsException">Invalid options, an unavailable backend, an unreadable dataset or checkpoint, or an unwritable checkpoint.</exception>
    public void Run(TrainingOptions options, IOperationSink<TrainingRunRecord> sink, ITrainingHistory? history, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sink);
        options.Validate();
        TrainingOptions resolved = options.Resolve();
        BackendSelection selection = BackendRegistry.Select(resolved.Backend, resolved.Threads);
        sink.Verbose(selection.Explanation);
        sink.Verbose(Describe(resolved, selection.Backend));
        PolyphonicDataset? dataset = resolved.Task == TaskName.Music ? PolyphonicDatasetLoader.Load(resolved.Dataset!) : null;
        CheckpointStore? store = resolved.CheckpointPath is { } directory && sink.ShouldProcess(directory, "write training checkpoints")
            ? new CheckpointStore(directory)
            : null;
        TrainingCheckpoint? checkpoint = Resumable(resolved, store, sink);
        TrainingRunRecord summary = resolved.Precision == Precision.Float64
            ? new TrainingRun<double>(resolved, selection.Backend, dataset, store, checkpoint, sink, history, time).Run(cancellationToken)
            : new TrainingRun<float>(resolved, selection.Backend, dataset, store, checkpoint, sink, history, time).Run(cancellationToken);
        if (summary.Status == TrainingStatus.Diverged)
        {
            sink.Warning(string.Create(CultureInfo.InvariantCulture,
                $"Seed={summary.Seed}: the run diverged at iteration {summary.DivergedAt} (non-finite {summary.Reason})."));
        }

        sink.Emit(summary);
    }

    /// <summary>The checkpoint to continue from: with Resume, the directory's checkpoint when it exists and fits these options.</summary>
    private static TrainingCheckpoint? Resumable(TrainingOptions resolved, CheckpointStore? store, IOperationSink<TrainingRunRecord> sink)
    {
        if (!resolved.Resume || store is null)
        {
            return null;
        }

        if (!store.Exists)
        {
            sink.Verbose($"no checkpoint in {resolved.CheckpointPath}; starting a new run.");
            return null;
        }

        TrainingCheckpoint checkpoint = store.Read();
        if (OptionsFingerprint.FirstDifference(checkpoint.Options, OptionsFingerprint.Of(resolved)) is { } difference)
        {
            throw RnnToolsException.InvalidFile(store.CheckpointFile,
                $"key 'Options': the checkpoint was written with {difference.Name}={difference.Saved}, this run has {difference.Name}={difference.Current}; resume with the same options or use another directory.");
        }

        if (checkpoint.Status is TrainingStatus.Solved or TrainingStatus.Diverged)
        {
            throw RnnToolsException.InvalidParameter(nameof(TrainingOptions.Resume),
                $"the run in {resolved.CheckpointPath} already ended with status {checkpoint.Status}; start a new run or use another directory.");
        }

        sink.Verbose(string.Create(CultureInfo.InvariantCulture,
            $"resuming from {store.CheckpointFile} at iteration {checkpoint.Progress.NextIteration} (check {checkpoint.Progress.Checks})."));
        return checkpoint;
    }

    private static string Describe(TrainingOptions resolved, IComputeBackend backend) => string.Create(CultureInfo.InvariantCulture,
        $"train {resolved.Task} Variant={resolved.Variant} Length={resolved.Length} Seed={resolved.Seed} Preset={resolved.Preset} HiddenSize={resolved.HiddenSize} "
        + $"SpectralRadius={resolved.SpectralRadius} Direction={resolved.Direction} StepRule={resolved.StepRule} LearningRate={resolved.LearningRate} "
        + $"ClipThreshold={resolved.ClipThreshold} BatchSize={resolved.BatchSize} MaxIterations={resolved.MaxIterations} CheckEvery={resolved.CheckEvery} "
        + $"Precision={resolved.Precision} Backend={backend.Describe()}");
}
