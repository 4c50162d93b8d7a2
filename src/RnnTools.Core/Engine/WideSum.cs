using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;

namespace RnnTools.Core.Engine;

/// <summary>
/// Sums of squares and dot products accumulated in double whatever the element type, so that the squares of tiny
/// float components (a vanishing gradient of 1e−24) neither underflow nor lose their order of magnitude.
/// </summary>
internal static class WideSum
{
    /// <summary>Σ x_i² in double.</summary>
    public static double SumOfSquares<T>(ReadOnlySpan<T> x)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        typeof(T) == typeof(double)
            ? TensorPrimitives.SumOfSquares(MemoryMarshal.Cast<T, double>(x))
            : Dot(MemoryMarshal.Cast<T, float>(x), MemoryMarshal.Cast<T, float>(x));

    /// <summary>Σ x_i y_i in double.</summary>
    public static double Dot<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> y)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        typeof(T) == typeof(double)
            ? TensorPrimitives.Dot(MemoryMarshal.Cast<T, double>(x), MemoryMarshal.Cast<T, double>(y))
            : Dot(MemoryMarshal.Cast<T, float>(x), MemoryMarshal.Cast<T, float>(y));

    private static double Dot(ReadOnlySpan<float> x, ReadOnlySpan<float> y)
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException("The operands of a dot product must have the same length.", nameof(y));
        }

        ref float rx = ref MemoryMarshal.GetReference(x);
        ref float ry = ref MemoryMarshal.GetReference(y);
        Vector<double> low = Vector<double>.Zero, high = Vector<double>.Zero;
        int width = Vector<float>.Count, i = 0;
        for (; i + width <= x.Length; i += width)
        {
            Vector.Widen(Vector.LoadUnsafe(ref rx, (nuint)i), out Vector<double> xl, out Vector<double> xh);
            Vector.Widen(Vector.LoadUnsafe(ref ry, (nuint)i), out Vector<double> yl, out Vector<double> yh);
            low += xl * yl;
            high += xh * yh;
        }

        double sum = Vector.Sum(low + high);
        for (; i < x.Length; i++)
        {
            sum += (double)x[i] * y[i];
        }

        return sum;
    }
}
