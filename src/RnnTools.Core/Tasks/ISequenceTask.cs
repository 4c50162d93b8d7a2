namespace RnnTools.Core.Tasks;

/// <summary>
/// A seeded, streaming source of batches with its error rule. Created by <see cref="SequenceTaskFactory"/>; every call
/// of <see cref="NextBatch"/> advances the task's own random streams in the normative draw order of tasks.md.
/// </summary>
public interface ISequenceTask
{
    /// <summary>Name, variant, sizes, output function, loss and rules.</summary>
    TaskDescription Description { get; }

    /// <summary>
    /// The next batch of <paramref name="batchSize"/> sequences, drawing its own length(s) as the variant defines. A
    /// Galvan validation set is 5 calls with 2000 made before training; a Pascanu check draws 10 calls with 1000.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="batchSize"/> is less than 1.</exception>
    Batch NextBatch(int batchSize);

    /// <summary>
    /// The error of a batch by the task's rule: the fraction of wrong sequences (or of wrong active pairs, tasks.md
    /// §2.9); for music, the NLL per active step in nats.
    /// </summary>
    /// <param name="batch">A batch of this task.</param>
    /// <param name="outputs">The network outputs y after the output function, (T, n_out, B) like the targets.</param>
    /// <exception cref="ArgumentException">The outputs do not have the targets' size.</exception>
    double Error(Batch batch, ReadOnlySpan<double> outputs);

    /// <summary>
    /// Hands back a batch of this task that the caller no longer reads, so that a later batch of the same shape can reuse
    /// its arrays instead of allocating (a training loop draws one batch per iteration). The batch must not be used
    /// afterwards; batches are never reused before they are handed back. Draws and values are unaffected.
    /// </summary>
    void Recycle(Batch batch);

    /// <summary>A copy of the state of every stream the task owns.</summary>
    TaskState CaptureState();

    /// <summary>Continues from a captured state.</summary>
    /// <exception cref="ArgumentException">The state has a different number of streams than this task owns.</exception>
    void RestoreState(TaskState state);
}
