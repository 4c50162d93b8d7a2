using RnnTools.Core.Errors;

namespace RnnTools.Core.Initialization;

/// <summary><c>given</c> (training.md §6.1): a fixed array, copied; the target must have its shape.</summary>
public sealed class GivenInitializer : IMatrixInitializer
{
    private readonly double[] values;
    private readonly int rows;
    private readonly int columns;

    /// <summary>Creates the initialiser over a copy of a rows × columns row-major array.</summary>
    /// <exception cref="ArgumentException">The array does not hold rows·columns values.</exception>
    public GivenInitializer(ReadOnlySpan<double> values, int rows, int columns)
    {
        if (values.Length != rows * columns)
        {
            throw new ArgumentException($"A {rows}×{columns} array has {rows * columns} values, not {values.Length}.", nameof(values));
        }

        this.values = values.ToArray();
        this.rows = rows;
        this.columns = columns;
    }

    /// <inheritdoc/>
    public void Fill(Span<double> destination, MatrixTarget target)
    {
        if (target.Rows != rows || target.Columns != columns)
        {
            throw RnnToolsException.InvalidParameter(
                target.Parameter, $"the given array is {rows}×{columns}, but the variable is {target.Rows}×{target.Columns}.");
        }

        values.CopyTo(destination);
    }
}
