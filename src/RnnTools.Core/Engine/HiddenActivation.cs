using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using RnnTools.Core.Model;

namespace RnnTools.Core.Engine;

/// <summary>
/// The hidden activations σ of training.md §1.3 over contiguous blocks. Every derivative is computed from the output
/// h = σ(a): β(1 − h²) for tanh, βh(1 − h) for sigmoid, [h &gt; 0] for ReLU and 1 for the identity.
/// </summary>
internal static class HiddenActivation
{
    /// <summary>h = σ(a) elementwise.</summary>
    public static void Apply<T>(Activation activation, T beta, ReadOnlySpan<T> a, Span<T> h)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        switch (activation)
        {
            case Activation.Tanh:
                TensorPrimitives.Tanh(Scaled(a, beta, h), h);
                break;
            case Activation.Sigmoid:
                TensorPrimitives.Sigmoid(Scaled(a, beta, h), h);
                break;
            case Activation.Relu:
                TensorPrimitives.Max(a, T.Zero, h);
                break;
            default:
                a.CopyTo(h);
                break;
        }
    }

    /// <summary>δ = σ'(a) ⊙ δ^h with σ' computed from h = σ(a).</summary>
    public static void MultiplyByDerivative<T>(Activation activation, T beta, ReadOnlySpan<T> h, ReadOnlySpan<T> dh, Span<T> delta)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (activation == Activation.Identity)
        {
            dh.CopyTo(delta);
            return;
        }

        ref T rh = ref MemoryMarshal.GetReference(h);
        ref T rd = ref MemoryMarshal.GetReference(dh);
        ref T ro = ref MemoryMarshal.GetReference(delta);
        var one = Vector<T>.One;
        var b = new Vector<T>(beta);
        int width = Vector<T>.Count, i = 0;
        for (; i + width <= h.Length; i += width)
        {
            Vector<T> hv = Vector.LoadUnsafe(ref rh, (nuint)i), dv = Vector.LoadUnsafe(ref rd, (nuint)i);
            Vector<T> result = activation switch
            {
                Activation.Tanh => dv * (b * (one - (hv * hv))),
                Activation.Sigmoid => dv * (b * hv * (one - hv)),
                _ => Vector.ConditionalSelect(Vector.GreaterThan(hv, Vector<T>.Zero), dv, Vector<T>.Zero),
            };
            result.StoreUnsafe(ref ro, (nuint)i);
        }

        for (; i < h.Length; i++)
        {
            delta[i] = dh[i] * Derivative(activation, beta, h[i]);
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

    private static ReadOnlySpan<T> Scaled<T>(ReadOnlySpan<T> a, T beta, Span<T> destination)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (beta == T.One)
        {
            return a;
        }

        TensorPrimitives.Multiply(a, beta, destination);
        return destination;
    }
}
