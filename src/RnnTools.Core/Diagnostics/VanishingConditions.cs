using System.Numerics;
using RnnTools.Core.Model;

namespace RnnTools.Core.Diagnostics;

/// <summary>The sufficient conditions for vanishing gradients of training.md §4.4 (thesis ch. 1).</summary>
public static class VanishingConditions
{
    /// <summary>σ'_max, the largest value of σ': β for tanh, β/4 for sigmoid, 1 for ReLU and the identity.</summary>
    public static double MaxDerivative(Activation activation, double beta) => activation switch
    {
        Activation.Tanh => beta,
        Activation.Sigmoid => beta / 4,
        _ => 1.0,
    };

    /// <summary>Hochreiter's τ = n_h·σ'_max·max_ij |W_rec,ij| (τ &lt; 1 is sufficient for vanishing); NaN for a non-finite W_rec.</summary>
    /// <param name="wRec">W_rec [n_h × n_h], row-major.</param>
    /// <param name="activation">The hidden activation.</param>
    /// <param name="beta">Its β.</param>
    public static double HochreiterTau<T>(ReadOnlySpan<T> wRec, Activation activation, double beta)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int n = (int)Math.Round(Math.Sqrt(wRec.Length));
        double largest = 0;
        foreach (T value in wRec)
        {
            double magnitude = Math.Abs(double.CreateTruncating(value));
            largest = double.IsNaN(magnitude) ? double.NaN : Math.Max(largest, magnitude);
        }

        return n * MaxDerivative(activation, beta) * largest;
    }

    /// <summary>The bound ‖∂a_t/∂a_k‖₂ ≤ (σ'_max·s_1)^(t−k−1).</summary>
    public static double JacobianBound(double maxDerivative, double maxSingular, int t, int k) =>
        Math.Pow(maxDerivative * maxSingular, t - k - 1);
}
