using System.Numerics;

namespace RnnTools.Core.Optimization;

/// <summary>Exact conversions between rule vectors in precision T and the double arrays of <see cref="RuleState"/>.</summary>
internal static class StateVectors
{
    /// <summary>The values of <paramref name="source"/> as doubles (exact for float and double).</summary>
    public static double[] ToDoubles<T>(ReadOnlySpan<T> source)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        double[] values = new double[source.Length];
        for (int i = 0; i < source.Length; i++)
        {
            values[i] = double.CreateTruncating(source[i]);
        }

        return values;
    }

    /// <summary>A new T array holding <paramref name="source"/> (exact when the doubles came from T).</summary>
    public static T[] FromDoubles<T>(ReadOnlySpan<double> source)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        T[] values = new T[source.Length];
        for (int i = 0; i < source.Length; i++)
        {
            values[i] = T.CreateTruncating(source[i]);
        }

        return values;
    }
}
