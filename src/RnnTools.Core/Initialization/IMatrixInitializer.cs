using RnnTools.Core.Errors;

namespace RnnTools.Core.Initialization;

/// <summary>
/// An initialisation strategy of training.md §6. It owns its NumPy-compatible random streams, created when it is
/// built, and draws from them on every <see cref="Fill"/>, so a second call (hidden-unit growth) continues the streams.
/// </summary>
public interface IMatrixInitializer
{
    /// <summary>Fills <paramref name="destination"/> (<c>[Rows × Columns]</c>, row-major) with a fresh matrix.</summary>
    /// <exception cref="RnnToolsException">
    /// <see cref="ErrorIds.InvalidHyperParameter"/> naming <see cref="MatrixTarget.Parameter"/>: the shape does not suit
    /// the strategy (e.g. not square) or the drawn matrix cannot be rescaled.
    /// </exception>
    void Fill(Span<double> destination, MatrixTarget target);
}
