using System.Globalization;
using System.Numerics;
using RnnTools.Core.Datasets;
using RnnTools.Core.Engine;
using RnnTools.Core.Tasks;

namespace RnnTools.Core.Training;

/// <summary>
/// The monitors of a music run (tasks.md §5.3–5.4): the whole valid split, and the training split when monitored,
/// evaluated in full mode with one sequence per batch, as the NLL per predicted step in nats, both as Galvan's sequence
/// mean and frame-weighted.
/// </summary>
/// <typeparam name="T">float or double.</typeparam>
internal sealed class MusicValidation<T> : IValidationMonitor<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly PolyphonicDataset dataset;
    private readonly bool monitorTrain;

    /// <summary>Creates the monitor.</summary>
    public MusicValidation(PolyphonicDataset dataset, bool monitorTrain)
    {
        this.dataset = dataset;
        this.monitorTrain = monitorTrain;
        Description = string.Create(CultureInfo.InvariantCulture,
            $"{Path.GetFileName(dataset.Source)}: {dataset.Train.Count} training and {dataset.Valid.Count} validation sequences; valid{(monitorTrain ? " and train" : string.Empty)} evaluated whole, one sequence per batch");
    }

    /// <inheritdoc />
    public string Description { get; }

    /// <inheritdoc />
    public MonitorResult Evaluate(RnnEngine<T> engine, ReadOnlySpan<T> parameters)
    {
        var nll = new MusicNll<T>(engine);
        NllAggregator valid = nll.Measure(parameters, dataset.Valid);
        NllAggregator? train = monitorTrain ? nll.Measure(parameters, dataset.Train) : null;
        return new MonitorResult(valid.SequenceMean, valid.FrameWeighted, train?.SequenceMean, train?.FrameWeighted);
    }
}
