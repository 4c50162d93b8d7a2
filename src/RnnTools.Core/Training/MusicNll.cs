using System.Numerics;
using RnnTools.Core.Datasets;
using RnnTools.Core.Engine;
using RnnTools.Core.Tasks;

namespace RnnTools.Core.Training;

/// <summary>
/// The NLL per predicted step of a network on music sequences (tasks.md §5.4): full mode, one sequence per batch, as
/// Galvan's sequence mean and frame-weighted. Shared by the validation monitor and the evaluation of a best model.
/// </summary>
/// <typeparam name="T">float or double.</typeparam>
/// <param name="engine">The network's engine.</param>
internal sealed class MusicNll<T>(RnnEngine<T> engine)
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private double[] stepLosses = [];

    /// <summary>Aggregates the per-step losses of every sequence.</summary>
    public NllAggregator Measure(ReadOnlySpan<T> parameters, IReadOnlyList<int[][]> sequences)
    {
        var nll = new NllAggregator();
        foreach (int[][] sequence in sequences)
        {
            Batch batch = MusicBatches.Evaluation(sequence);
            ForwardResult<T> forward = engine.Forward(parameters, batch);
            Span<double> losses = Workspace.Ensure(ref stepLosses, batch.Length).AsSpan(0, batch.Length);
            forward.PairLosses(losses);
            nll.Add(losses);
        }

        return nll;
    }
}
