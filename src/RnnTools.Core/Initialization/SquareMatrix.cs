using RnnTools.Core.Errors;

namespace RnnTools.Core.Initialization;

/// <summary>The check shared by the recurrent-matrix schemes that are defined for square matrices only.</summary>
internal static class SquareMatrix
{
    /// <summary>Throws unless the target is square; returns its order n.</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidHyperParameter"/> naming the target's option.</exception>
    public static int Require(MatrixTarget target, string scheme) =>
        target.Rows == target.Columns
            ? target.Rows
            : throw RnnToolsException.InvalidParameter(
                target.Parameter, $"'{scheme}' needs a square matrix, but this one is {target.Rows}×{target.Columns}.");
}
