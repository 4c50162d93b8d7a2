using RnnTools.Core.Tasks.ErrorRules;

namespace RnnTools.Core.Tasks.Generators;

/// <summary>
/// Galvan's PreTrain wrapper (tasks.md §2.6): the inner task's inputs with the running-average targets
/// target[t] = (target[t−1] + input[t]) / 2 per input channel (target[−1] = 0) and an all-ones mask. Its state is the
/// inner task's.
/// </summary>
internal sealed class PreTrainTask : ISequenceTask
{
    private readonly ISequenceTask inner;
    private readonly SequenceErrorRule rule;

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    public PreTrainTask(ISequenceTask inner, TaskDescription description, SequenceErrorRule rule)
    {
        this.inner = inner;
        this.rule = rule;
        Description = description;
    }

    /// <inheritdoc />
    public TaskDescription Description { get; }

    /// <inheritdoc />
    public Batch NextBatch(int batchSize)
    {
        Batch source = inner.NextBatch(batchSize);
        double[] inputs = source.Inputs;
        double[] targets = new double[inputs.Length];
        int row = source.InputSize * source.BatchSize;
        for (int i = 0; i < inputs.Length; i++)
        {
            targets[i] = ((i < row ? 0 : targets[i - row]) + inputs[i]) / 2;
        }

        double[] mask = new double[inputs.Length];
        Array.Fill(mask, 1.0);
        return new Batch(source.Length, source.InputSize, source.InputSize, source.BatchSize, inputs, targets, mask, source.Lengths);
    }

    /// <inheritdoc />
    public double Error(Batch batch, ReadOnlySpan<double> outputs) => rule.Error(batch, outputs);

    /// <inheritdoc />
    /// <remarks>PreTrain's targets and mask are its own; the batches are not reused.</remarks>
    public void Recycle(Batch batch) => ArgumentNullException.ThrowIfNull(batch);

    /// <inheritdoc />
    public TaskState CaptureState() => inner.CaptureState();

    /// <inheritdoc />
    public void RestoreState(TaskState state) => inner.RestoreState(state);
}
