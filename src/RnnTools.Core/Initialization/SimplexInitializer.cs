using RnnTools.Core.Random;

namespace RnnTools.Core.Initialization;

/// <summary>
/// <c>simplex</c> (training.md §6.3): w_ij ~ U[0, 1), then every column divided by its sum (a column-stochastic matrix),
/// or every row with columnwise = false. As Galvan's code, the row-wise form draws the transposed matrix row-major.
/// </summary>
/// <param name="columnwise">True: columns sum to 1; false: rows sum to 1.</param>
/// <param name="random">The stream this initialiser owns.</param>
public sealed class SimplexInitializer(bool columnwise, NumpyRandomState random) : IMatrixInitializer
{
    /// <inheritdoc/>
    public void Fill(Span<double> destination, MatrixTarget target)
    {
        // Draw a rows' × columns' matrix row-major (the transpose when row-wise), normalise its columns, then store.
        int drawnRows = columnwise ? target.Rows : target.Columns, drawnColumns = columnwise ? target.Columns : target.Rows;
        double[] drawn = new double[target.Length];
        for (int i = 0; i < drawn.Length; i++)
        {
            drawn[i] = random.NextDouble();
        }

        for (int column = 0; column < drawnColumns; column++)
        {
            double sum = 0;
            for (int row = 0; row < drawnRows; row++)
            {
                sum += drawn[(row * drawnColumns) + column];
            }

            for (int row = 0; row < drawnRows; row++)
            {
                double value = drawn[(row * drawnColumns) + column] / sum;
                destination[columnwise ? (row * drawnColumns) + column : (column * drawnRows) + row] = value;
            }
        }
    }
}
