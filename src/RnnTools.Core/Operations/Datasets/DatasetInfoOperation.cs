using System.Globalization;
using RnnTools.Core.Datasets;
using RnnTools.Core.Tasks;

namespace RnnTools.Core.Operations.Datasets;

/// <summary>Loads a polyphonic dataset and reports per split its sizes, note statistics and the per-key baseline NLL.</summary>
public sealed class DatasetInfoOperation
{
    /// <summary>Emits one <see cref="DatasetSplitRecord"/> per split (train, valid, test).</summary>
    public void Run(DatasetInfoOptions options, IOperationSink<DatasetSplitRecord> sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sink);
        options.Validate();
        PolyphonicDataset dataset = PolyphonicDatasetLoader.Load(options.Path);
        var baseline = PerKeyBaseline.Fit(dataset.Train);
        sink.Verbose(string.Create(CultureInfo.InvariantCulture,
            $"loaded {options.Path}: {dataset.Train.Count}/{dataset.Valid.Count}/{dataset.Test.Count} sequences; baseline fitted on the training split"));
        foreach (DatasetSplit split in Enum.GetValues<DatasetSplit>())
        {
            cancellationToken.ThrowIfCancellationRequested();
            sink.Emit(Summarize(options.Path, split, dataset.Split(split), baseline));
        }
    }

    private static DatasetSplitRecord Summarize(string path, DatasetSplit split, IReadOnlyList<int[][]> sequences, PerKeyBaseline baseline)
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
            (double)notes / steps, maxNotes, empty, cropped, predicted.FrameWeighted, all.FrameWeighted, predicted.SequenceMean);
    }
}
