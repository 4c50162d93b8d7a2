using RnnTools.Core.Random;

namespace RnnTools.Core.Initialization;

/// <summary>
/// <c>sparse</c>, HF style (training.md §6.3): every unit (a row for fan-in, a column for fan-out) gets k distinct
/// connections chosen uniformly (the first k of a permutation), drawn from Normal(mean, std); all other entries are 0.
/// Draw order: all index choices unit by unit, then all units·k values unit-major. k is capped at the number of
/// connections a unit has.
/// </summary>
/// <param name="connections">k, the non-zero entries per unit (≥ 1).</param>
/// <param name="std">The standard deviation of the non-zero entries.</param>
/// <param name="mean">The mean of the non-zero entries.</param>
/// <param name="mode">Which units receive k connections.</param>
/// <param name="random">The stream this initialiser owns.</param>
public sealed class SparseInitializer(int connections, double std, double mean, SparseMode mode, NumpyRandomState random)
    : IMatrixInitializer
{
    /// <inheritdoc/>
    public void Fill(Span<double> destination, MatrixTarget target)
    {
        bool fanIn = mode == SparseMode.FanIn;
        int units = fanIn ? target.Rows : target.Columns;
        int available = fanIn ? target.Columns : target.Rows;
        int k = Math.Min(connections, available);
        int[][] chosen = new int[units][];
        for (int unit = 0; unit < units; unit++)
        {
            chosen[unit] = random.Choice(available, k);
        }

        destination[..target.Length].Clear();
        for (int unit = 0; unit < units; unit++)
        {
            foreach (int connection in chosen[unit])
            {
                int index = fanIn ? (unit * target.Columns) + connection : (connection * target.Columns) + unit;
                destination[index] = random.Normal(mean, std);
            }
        }
    }
}
