using RnnTools.Core.Datasets;
using RnnTools.Core.Tasks.ErrorRules;

namespace RnnTools.Core.Tasks.Generators;

/// <summary>
/// Music as a task (tasks.md §5.3): each training batch draws B training sequences with replacement from one stream
/// seeded with the task seed, then crops them (split mode) or pads them (full mode).
/// </summary>
internal sealed class MusicTask : SeededTask
{
    private readonly PolyphonicDataset dataset;
    private readonly SplitMode mode;
    private readonly int cropLength;

    /// <summary>Creates the sampler over <paramref name="dataset"/>.</summary>
    public MusicTask(TaskDescription description, SequenceErrorRule rule, PolyphonicDataset dataset, SplitMode mode, int cropLength, uint seed)
        : base(description, rule, seed, streamCount: 1)
    {
        this.dataset = dataset;
        this.mode = mode;
        this.cropLength = cropLength;
    }

    /// <inheritdoc />
    protected override Batch Generate(int batchSize) => MusicBatches.Training(dataset.Train, Stream(0), batchSize, mode, cropLength, Spares);
}
