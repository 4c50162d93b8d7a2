using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace RnnTools.Core.Engine;

/// <summary>
/// tanh in single precision by the clamped 13/6 rational approximation used by Eigen (and TensorFlow): |x| clamped to
/// 7.9053, p(x)/q(x) with odd p and even q. Its error is within about 2 float ulp (2.3e−7 relative), below the
/// rounding noise of float training, at a fraction of the cost of an exact tanh.
/// </summary>
internal static class FastTanh
{
    private const float Clamp = 7.90531110763549805f;
    private const float A1 = 4.89352455891786e-03f, A3 = 6.37261928875436e-04f, A5 = 1.48572235717979e-05f, A7 = 5.12229709037114e-08f;
    private const float A9 = -8.60467152213735e-11f, A11 = 2.00018790482477e-13f, A13 = -2.76076847742355e-16f;
    private const float B0 = 4.89352518554385e-03f, B2 = 2.26843463243900e-03f, B4 = 1.18534705686654e-04f, B6 = 1.19825839466702e-06f;

    /// <summary>destination[i] = tanh(β·x[i]); x and destination must not overlap (a short tail is recomputed by an overlapping vector).</summary>
    public static void Apply(ReadOnlySpan<float> x, float beta, Span<float> destination)
    {
        ref float source = ref MemoryMarshal.GetReference(x);
        ref float target = ref MemoryMarshal.GetReference(destination);
        int length = x.Length, i = 0;
        if (Vector512.IsHardwareAccelerated && length >= Vector512<float>.Count)
        {
            for (; i + Vector512<float>.Count <= length; i += Vector512<float>.Count)
            {
                Evaluate(Vector512.LoadUnsafe(ref source, (nuint)i) * beta).StoreUnsafe(ref target, (nuint)i);
            }

            if (i < length)
            {
                nuint last = (nuint)(length - Vector512<float>.Count);
                Evaluate(Vector512.LoadUnsafe(ref source, last) * beta).StoreUnsafe(ref target, last);
            }

            return;
        }

        if (length >= Vector256<float>.Count)
        {
            for (; i + Vector256<float>.Count <= length; i += Vector256<float>.Count)
            {
                Evaluate(Vector256.LoadUnsafe(ref source, (nuint)i) * beta).StoreUnsafe(ref target, (nuint)i);
            }

            if (i < length)
            {
                nuint last = (nuint)(length - Vector256<float>.Count);
                Evaluate(Vector256.LoadUnsafe(ref source, last) * beta).StoreUnsafe(ref target, last);
            }

            return;
        }

        for (; i < length; i++)
        {
            destination[i] = Evaluate(beta * x[i]);
        }
    }

    /// <summary>The approximation of one value.</summary>
    public static float Evaluate(float x)
    {
        x = Math.Clamp(x, -Clamp, Clamp);
        float x2 = x * x;
        float p = (((((((A13 * x2) + A11) * x2) + A9) * x2) + A7) * x2) + A5;
        p = ((((p * x2) + A3) * x2) + A1) * x;
        float q = (((((B6 * x2) + B4) * x2) + B2) * x2) + B0;
        return p / q;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<float> Evaluate(Vector512<float> x)
    {
        x = Vector512.Min(Vector512.Max(x, Vector512.Create(-Clamp)), Vector512.Create(Clamp));
        Vector512<float> x2 = x * x;
        Vector512<float> p = (Vector512.Create(A13) * x2) + Vector512.Create(A11);
        p = (p * x2) + Vector512.Create(A9);
        p = (p * x2) + Vector512.Create(A7);
        p = (p * x2) + Vector512.Create(A5);
        p = (p * x2) + Vector512.Create(A3);
        p = ((p * x2) + Vector512.Create(A1)) * x;
        Vector512<float> q = (Vector512.Create(B6) * x2) + Vector512.Create(B4);
        q = (q * x2) + Vector512.Create(B2);
        q = (q * x2) + Vector512.Create(B0);
        return p / q;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Evaluate(Vector256<float> x)
    {
        x = Vector256.Min(Vector256.Max(x, Vector256.Create(-Clamp)), Vector256.Create(Clamp));
        Vector256<float> x2 = x * x;
        Vector256<float> p = (Vector256.Create(A13) * x2) + Vector256.Create(A11);
        p = (p * x2) + Vector256.Create(A9);
        p = (p * x2) + Vector256.Create(A7);
        p = (p * x2) + Vector256.Create(A5);
        p = (p * x2) + Vector256.Create(A3);
        p = ((p * x2) + Vector256.Create(A1)) * x;
        Vector256<float> q = (Vector256.Create(B6) * x2) + Vector256.Create(B4);
        q = (q * x2) + Vector256.Create(B2);
        q = (q * x2) + Vector256.Create(B0);
        return p / q;
    }
}
