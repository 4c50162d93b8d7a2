using System.Collections.Immutable;
using RnnTools.Core.Tasks;

namespace RnnTools.Core.Training;

/// <summary>
/// The per-output mean of the active targets of a task's first training batch: the <c>sutskever2013</c> preset's b_out
/// (training.md §6.4, "b_out = mean of the targets"). The batch is drawn and the task's streams are then put back, so
/// the run draws the same batches as without it.
/// </summary>
internal static class TargetMeans
{
    /// <summary>The means, one per output (0 for an output never active).</summary>
    public static ImmutableArray<double> OfFirstBatch(ISequenceTask task, int batchSize)
    {
        TaskState state = task.CaptureState();
        Batch first = task.NextBatch(batchSize);
        task.RestoreState(state);
        double[] sums = new double[first.OutputSize], counts = new double[first.OutputSize];
        for (int t = 0; t < first.Length; t++)
        {
            for (int o = 0; o < first.OutputSize; o++)
            {
                for (int b = 0; b < first.BatchSize; b++)
                {
                    int at = first.OutputIndex(t, o, b);
                    sums[o] += first.Mask[at] * first.Targets[at];
                    counts[o] += first.Mask[at];
                }
            }
        }

        return [.. sums.Select((sum, o) => counts[o] > 0 ? sum / counts[o] : 0)];
    }
}
