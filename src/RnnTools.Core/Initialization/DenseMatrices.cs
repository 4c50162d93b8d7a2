using MathNet.Numerics.LinearAlgebra;

namespace RnnTools.Core.Initialization;

/// <summary>Copies between the project's row-major spans and MathNet's dense (column-major) matrices.</summary>
internal static class DenseMatrices
{
    /// <summary>A MathNet matrix holding the rows × columns row-major values.</summary>
    public static Matrix<double> FromRowMajor(ReadOnlySpan<double> values, int rows, int columns)
    {
        double[] columnMajor = new double[rows * columns];
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < columns; j++)
            {
                columnMajor[(j * rows) + i] = values[(i * columns) + j];
            }
        }

        return Matrix<double>.Build.Dense(rows, columns, columnMajor);
    }

    /// <summary>Writes the matrix to <paramref name="destination"/> row-major.</summary>
    public static void ToRowMajor(Matrix<double> matrix, Span<double> destination)
    {
        int rows = matrix.RowCount, columns = matrix.ColumnCount;
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < columns; j++)
            {
                destination[(i * columns) + j] = matrix[i, j];
            }
        }
    }
}
