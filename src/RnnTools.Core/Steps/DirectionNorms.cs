using System.Numerics;
using System.Numerics.Tensors;

namespace RnnTools.Core.Steps;

/// <summary>The norms of d the step rules test: ‖d‖₂ and max_i |d_i| (NaN when an entry is NaN).</summary>
internal static class DirectionNorms
{
    /// <summary>‖d‖₂.</summary>
    public static double L2<T>(ReadOnlySpan<T> direction)
        where T : unmanaged, IFloatingPointIeee754<T> => double.CreateTruncating(TensorPrimitives.Norm(direction));

    /// <summary>max_i |d_i|.</summary>
    public static double MaxAbs<T>(ReadOnlySpan<T> direction)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        direction.IsEmpty ? 0 : Math.Abs(double.CreateTruncating(TensorPrimitives.MaxMagnitude(direction)));
}
