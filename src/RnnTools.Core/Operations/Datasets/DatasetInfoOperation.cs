using System.Globalization;
using RnnTools.Core.Backends;
using RnnTools.Core.Datasets;
using RnnTools.Core.Errors;
using RnnTools.Core.Model;
using RnnTools.Core.Tasks;
using RnnTools.Core.Training;

namespace RnnTools.Core.Operations.Datasets;

/// <summary>
/// Loads a polyphonic dataset and reports per split its sizes, note statistics and the per-key baseline NLL, and with a
/// model the model's NLL (tasks.md §5.4), so that a saved best model is scored on the test and training splits.
/// </summary>
/// <param name="clock">The time source of the Timestamp column (the system clock by default).</param>
public sealed class DatasetInfoOperation(TimeProvider? clock = null)
{
    private readonly TimeProvider time = clock ?? TimeProvider.System;

    /// <summary>Emits one <see cref="DatasetSplitRecord"/> per split (train, valid, test).</summary>
    /// <exception cref="RnnToolsException">An invalid option, an unreadable file, a model that is not a music model, or an unavailable backend.</exception>
    public void Run(DatasetInfoOptions options, IOperationSink<DatasetSplitRecord> sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sink);
        options.Validate();
        MusicModelScorer? scorer = Scorer(options, sink);
        PolyphonicDataset dataset = PolyphonicDatasetLoader.Load(options.Path);
        var baseline = PerKeyBaseline.Fit(dataset.Train);
        sink.Verbose(string.Create(CultureInfo.InvariantCulture,
            $"loaded {options.Path}: {dataset.Train.Count}/{dataset.Valid.Count}/{dataset.Test.Count} sequences; baseline fitted on the training split"));
        string timestamp = Provenance.Now(time);
        foreach (DatasetSplit split in Enum.GetValues<DatasetSplit>())
        {
            cancellationToken.ThrowIfCancellationRequested();
            IReadOnlyList<int[][]> sequences = dataset.Split(split);
            DatasetSplitRecord record = Summarize(options.Path, split, sequences, baseline, timestamp);
            sink.Emit(scorer is null ? record : Scored(record, sequences, scorer));
        }
    }

    private static DatasetSplitRecord Summarize(string path, DatasetSplit split, IReadOnlyList<int[][]> sequences, PerKeyBaseline baseline, string timestamp)
    {
        long steps = 0, notes = 0, empty = 0;
        int shortest = int.MaxValue, longest = 0, maxNotes = 0, lowest = int.MaxValue, highest = int.MinValue, cropped = 0;
        foreach (int[][] sequence in sequences)
        {
            steps += sequence.Length;
            shortest = Math.Min(shortest, sequence.Length);
            longest = Math.Max(longest, sequence.Length);
            cropped += sequence.Length - 1 > TaskOptions.DefaultCropLength ? 1 : 0;
            foreach (int[] step in sequence)
            {
                notes += step.Length;
                empty += step.Length == 0 ? 1 : 0;
                maxNotes = Math.Max(maxNotes, step.Length);
                if (step.Length > 0)
                {
                    lowest = Math.Min(lowest, step[0]);
                    highest = Math.Max(highest, step[^1]);
                }
            }
        }

        NllAggregator predicted = baseline.Evaluate(sequences), all = baseline.Evaluate(sequences, includeFirstStep: true);
        return new DatasetSplitRecord(path, PolyphonicDataset.SplitKey(split), sequences.Count, steps, steps - sequences.Count,
            shortest, (double)steps / sequences.Count, longest, notes == 0 ? null : lowest, notes == 0 ? null : highest,
            (double)notes / steps, maxNotes, empty, cropped, predicted.FrameWeighted, all.FrameWeighted, predicted.SequenceMean,
            ModelNll: null, ModelNllSequenceMean: null, Backend: null, BackendDescription: null, ToolInfo.Version, ToolInfo.GitCommit, timestamp);
    }

    private static MusicModelScorer? Scorer(DatasetInfoOptions options, IOperationSink<DatasetSplitRecord> sink)
    {
        if (ModelInputs.Resolve(options.Model, options.ModelPath) is not { Model: var model })
        {
            return null;
        }

        if (MusicModelScorer.Mismatch(model) is { } problem)
        {
            throw options.Model is null ? RnnToolsException.InvalidFile(options.ModelPath!, problem) : RnnToolsException.InvalidParameter(nameof(options.Model), problem, options);
        }

        BackendSelection selection = BackendRegistry.Select(options.Backend, options.Threads);
        sink.Verbose(selection.Explanation);
        return new MusicModelScorer(model, selection.Backend);
    }

    private static DatasetSplitRecord Scored(DatasetSplitRecord record, IReadOnlyList<int[][]> sequences, MusicModelScorer scorer)
    {
        NllAggregator measured = scorer.Measure(sequences);
        return record with
        {
            ModelNll = measured.FrameWeighted, ModelNllSequenceMean = measured.SequenceMean, Backend = BackendSelector.Name(scorer.Backend.Kind),
            BackendDescription = scorer.Backend.Describe(),
        };
    }
}
