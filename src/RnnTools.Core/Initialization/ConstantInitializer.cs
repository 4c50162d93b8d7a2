namespace RnnTools.Core.Initialization;

/// <summary><c>constant</c> and <c>zero</c> (training.md §6.1): every entry equals the value; draws nothing.</summary>
/// <param name="value">The value (0 for <c>zero</c>).</param>
public sealed class ConstantInitializer(double value) : IMatrixInitializer
{
    /// <inheritdoc/>
    public void Fill(Span<double> destination, MatrixTarget target) => destination[..target.Length].Fill(value);
}
