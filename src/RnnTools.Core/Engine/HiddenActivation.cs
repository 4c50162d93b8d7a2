using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using RnnTools.Core.Model;

namespace RnnTools.Core.Engine;

/// <summary>
/// The hidden activations σ of training.md §1.3 over a step block of B rows whose hidden values are strided (they sit
/// inside the step rows [h | 1 | u]). Every derivative is computed from h = σ(a): β(1 − h²) for tanh, βh(1 − h) for
/// sigmoid, [h &gt; 0] for ReLU and 1 for the identity. In float, tanh and sigmoid use <see cref="FastTanh"/>.
/// </summary>
internal static class HiddenActivation
{
    /// <summary>h = σ(a) for <paramref name="rows"/> rows of <paramref name="width"/> values; a is contiguous, h has row stride <paramref name="ld"/>.</summary>
    public static void Apply<T>(Activation activation, T beta, ReadOnlySpan<T> a, Span<T> h, int rows, int width, int ld)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (int r = 0; r < rows; r++)
        {
            ReadOnlySpan<T> source = a.Slice(r * width, width);
            Span<T> target = h.Slice(r * ld, width);
            switch (activation)
            {
                case Activation.Tanh:
                    Tanh(source, beta, target);
                    break;
                case Activation.Sigmoid:
                    // σ(βa) = ½ + ½·tanh(βa/2)
                    Tanh(source, beta / (T.One + T.One), target);
                    Affine(target);
                    break;
                case Activation.Relu:
                    TensorPrimitives.Max(source, T.Zero, target);
                    break;
                default:
                    source.CopyTo(target);
                    break;
            }
        }
    }

    /// <summary>δ = σ'(a) ⊙ δ^h for a step block: h has row stride <paramref name="ld"/>, δ^h and δ are contiguous.</summary>
    public static void MultiplyByDerivative<T>(Activation activation, T beta, ReadOnlySpan<T> h, int ld, ReadOnlySpan<T> dh, Span<T> delta, int rows, int width)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (activation == Activation.Identity)
        {
            dh[..(rows * width)].CopyTo(delta);
            return;
        }

        if (typeof(T) == typeof(float) && activation == Activation.Tanh && Vector512.IsHardwareAccelerated && width >= Vector512<float>.Count)
        {
            TanhDerivative512(float.CreateTruncating(beta), MemoryMarshal.Cast<T, float>(h), ld, MemoryMarshal.Cast<T, float>(dh),
                MemoryMarshal.Cast<T, float>(delta), rows, width);
            return;
        }

        int lanes = Vector<T>.Count;
        for (int r = 0; r < rows; r++)
        {
            ReadOnlySpan<T> hr = h.Slice(r * ld, width), dr = dh.Slice(r * width, width);
            Span<T> target = delta.Slice(r * width, width);
            if (width < lanes)
            {
                for (int i = 0; i < width; i++)
                {
                    target[i] = dr[i] * Derivative(activation, beta, hr[i]);
                }

                continue;
            }

            // Whole vectors, then one overlapping vector for the tail (the inputs and the output do not overlap).
            for (int i = 0; i < width; i += lanes)
            {
                int at = Math.Min(i, width - lanes);
                DerivativeTimes(activation, beta, hr[at..], dr[at..]).CopyTo(target[at..]);
            }
        }
    }

    /// <summary>σ'(a) for one h = σ(a).</summary>
    public static T Derivative<T>(Activation activation, T beta, T h)
        where T : unmanaged, IFloatingPointIeee754<T> => activation switch
        {
            Activation.Tanh => beta * (T.One - (h * h)),
            Activation.Sigmoid => beta * h * (T.One - h),
            Activation.Relu => h > T.Zero ? T.One : T.Zero,
            _ => T.One,
        };

    /// <summary>δ = β(1 − h²) ⊙ δ^h in float with 512-bit vectors (the training default), overlapping the row tail.</summary>
    private static void TanhDerivative512(float beta, ReadOnlySpan<float> h, int ld, ReadOnlySpan<float> dh, Span<float> delta, int rows, int width)
    {
        int lanes = Vector512<float>.Count;
        Vector512<float> b = Vector512.Create(beta);
        for (int r = 0; r < rows; r++)
        {
            ref float hr = ref MemoryMarshal.GetReference(h.Slice(r * ld, width));
            ref float dr = ref MemoryMarshal.GetReference(dh.Slice(r * width, width));
            ref float target = ref MemoryMarshal.GetReference(delta.Slice(r * width, width));
            for (int i = 0; i < width; i += lanes)
            {
                nuint at = (nuint)Math.Min(i, width - lanes);
                Vector512<float> hv = Vector512.LoadUnsafe(ref hr, at);
                (Vector512.LoadUnsafe(ref dr, at) * (b * (Vector512<float>.One - (hv * hv)))).StoreUnsafe(ref target, at);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<T> DerivativeTimes<T>(Activation activation, T beta, ReadOnlySpan<T> h, ReadOnlySpan<T> dh)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var hv = new Vector<T>(h);
        var dv = new Vector<T>(dh);
        return activation switch
        {
            Activation.Tanh => dv * (new Vector<T>(beta) * (Vector<T>.One - (hv * hv))),
            Activation.Sigmoid => dv * (new Vector<T>(beta) * hv * (Vector<T>.One - hv)),
            _ => Vector.ConditionalSelect(Vector.GreaterThan(hv, Vector<T>.Zero), dv, Vector<T>.Zero),
        };
    }

    /// <summary>tanh(βx): the fast rational form in float, the library's accurate one in double.</summary>
    private static void Tanh<T>(ReadOnlySpan<T> x, T beta, Span<T> destination)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(float))
        {
            FastTanh.Apply(MemoryMarshal.Cast<T, float>(x), float.CreateTruncating(beta), MemoryMarshal.Cast<T, float>(destination));
        }
        else if (beta == T.One)
        {
            TensorPrimitives.Tanh(x, destination);
        }
        else
        {
            TensorPrimitives.Multiply(x, beta, destination);
            TensorPrimitives.Tanh(destination, destination);
        }
    }

    /// <summary>v ← ½ + ½v.</summary>
    private static void Affine<T>(Span<T> values)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        T half = T.One / (T.One + T.One);
        TensorPrimitives.Multiply(values, half, values);
        TensorPrimitives.Add(values, half, values);
    }
}
