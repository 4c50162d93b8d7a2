using System.Globalization;
using System.Numerics;
using RnnTools.Core.Engine;
using RnnTools.Core.Tasks;

namespace RnnTools.Core.Training;

/// <summary>
/// The validation set of a synthetic task (tasks.md §1.3): Galvan's fixed batches, drawn from the task's own streams
/// once before the first training batch, or Pascanu's fresh batches drawn at every check. Loss and error are the means
/// over the batches weighted by their sizes (equal sizes make this the plain mean of Galvan's code).
/// </summary>
/// <typeparam name="T">float or double.</typeparam>
internal sealed class TaskValidation<T> : IValidationMonitor<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly ISequenceTask task;
    private readonly int size;
    private readonly int batchSize;
    private readonly Batch[]? fixedBatches;
    private double[] outputs = [];

    /// <summary>Creates the monitor; a fixed set is drawn from <paramref name="task"/> now.</summary>
    /// <param name="task">The task (its streams advance when batches are drawn).</param>
    /// <param name="size">Sequences per evaluation.</param>
    /// <param name="batchSize">Sequences per batch (2000 Galvan, 1000 Pascanu); the last batch takes the remainder.</param>
    /// <param name="fresh">Draw a new set at every check instead of once.</param>
    public TaskValidation(ISequenceTask task, int size, int batchSize, bool fresh)
    {
        this.task = task;
        this.size = size;
        this.batchSize = batchSize;
        fixedBatches = fresh ? null : Draw();
        string lengths = fixedBatches is null ? string.Empty
            : $" (lengths {string.Join(", ", fixedBatches.Select(b => b.Length.ToString(CultureInfo.InvariantCulture)))})";
        Description = string.Create(CultureInfo.InvariantCulture,
            $"validation: {size} sequences in batches of {Math.Min(size, batchSize)}, {(fresh ? "drawn fresh at every check" : "drawn once before training")}{lengths}");
    }

    /// <inheritdoc />
    public string Description { get; }

    /// <inheritdoc />
    public MonitorResult Evaluate(RnnEngine<T> engine, ReadOnlySpan<T> parameters)
    {
        double loss = 0, error = 0;
        foreach (Batch batch in fixedBatches ?? Draw())
        {
            ForwardResult<T> forward = engine.Forward(parameters, batch);
            Span<double> y = Workspace.Ensure(ref outputs, batch.Targets.Length).AsSpan(0, batch.Targets.Length);
            forward.CopyActiveOutputs(y);
            loss += forward.Loss * batch.BatchSize;
            error += task.Error(batch, y) * batch.BatchSize;
        }

        return new MonitorResult(loss / size, error / size, null, null);
    }

    private Batch[] Draw()
    {
        var batches = new Batch[(size + batchSize - 1) / batchSize];
        for (int i = 0; i < batches.Length; i++)
        {
            batches[i] = task.NextBatch(Math.Min(batchSize, size - (i * batchSize)));
        }

        return batches;
    }
}
