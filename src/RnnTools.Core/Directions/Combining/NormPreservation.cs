using System.Numerics;
using System.Numerics.Tensors;

namespace RnnTools.Core.Directions.Combining;

/// <summary>
/// Norm preservation of training.md §7: c ← c·‖g‖/‖c‖, so the combination has the gradient's norm.
/// <b>Deviation:</b> where ‖c‖ is 0 or not finite (the original produced NaN) c becomes g and the caller is told.
/// </summary>
internal static class NormPreservation
{
    /// <summary>Rescales <paramref name="combination"/> in place; returns true when it was replaced by the gradient.</summary>
    public static bool Apply<T>(Span<T> combination, ReadOnlySpan<T> gradient)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        double norm = double.CreateTruncating(TensorPrimitives.Norm<T>(combination));
        if (norm == 0 || !double.IsFinite(norm))
        {
            gradient.CopyTo(combination);
            return true;
        }

        double scale = double.CreateTruncating(TensorPrimitives.Norm(gradient)) / norm;
        TensorPrimitives.Multiply(combination, T.CreateTruncating(scale), combination);
        return false;
    }
}
