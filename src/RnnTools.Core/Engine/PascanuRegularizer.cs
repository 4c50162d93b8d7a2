using System.Numerics;
using System.Numerics.Tensors;
using RnnTools.Core.Backends;

namespace RnnTools.Core.Engine;

/// <summary>
/// Pascanu's Ω (training.md §11.1): for every pair, x = ‖W_recᵀδ‖² against y = ‖δ^h‖², Ω_{t,b} = (x/y − 1)² where
/// y ≥ 1e−20, and the immediate gradient (1/N_v)·Σ_t (1/B)·Σ_b c_{t,b}·δ_{t,b}r_{t,b}ᵀ with r = W_recᵀδ, formed with
/// two GEMMs over all T·B rows. The plain variant uses ‖·‖ instead of ‖·‖² in the ratio; the valid mask is the same.
/// </summary>
internal sealed class PascanuRegularizer<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>The bound on ‖δ^h‖² below which a pair is not valid.</summary>
    public const double Bound = 1e-20;

    private T[] propagated = [], weighted = [];

    public OmegaResult Compute(IComputeBackend backend, ReadOnlySpan<T> deltas, ReadOnlySpan<T> hiddenErrors, ReadOnlySpan<T> wRec,
        int steps, int batch, int n, OmegaNorm norm, Span<T> gradient)
    {
        int rows = steps * batch;
        Span<T> r = Workspace.Ensure(ref propagated, (long)rows * n).AsSpan(0, rows * n);
        Span<T> scaled = Workspace.Ensure(ref weighted, (long)rows * n).AsSpan(0, rows * n);

        // Row form: r_{t,b} = δ_{t,b}·W_rec, i.e. W_recᵀδ.
        backend.Gemm(Transpose.NoTrans, Transpose.NoTrans, rows, n, n, T.One, deltas, n, wRec, n, T.Zero, r, n);
        double omega = 0, valid = 0;
        for (int t = 0; t < steps; t++)
        {
            double stepOmega = 0, stepValid = 0;
            for (int b = 0; b < batch; b++)
            {
                int at = ((t * batch) + b) * n;
                ReadOnlySpan<T> rowR = r.Slice(at, n);
                double x = WideSum.SumOfSquares(rowR), y = WideSum.SumOfSquares(hiddenErrors.Slice(at, n));
                double coefficient = 0;
                if (y >= Bound)
                {
                    if (norm == OmegaNorm.Plain)
                    {
                        (x, y) = (Math.Sqrt(x), Math.Sqrt(y));
                    }

                    double ratio = (x / y) - 1;
                    stepOmega += ratio * ratio;
                    stepValid++;
                    coefficient = norm == OmegaNorm.Squared ? 4 / y * ratio : x > 0 ? 2 / (y * x) * ratio : 0;
                }

                TensorPrimitives.Multiply(deltas.Slice(at, n), T.CreateTruncating(coefficient), scaled.Slice(at, n));
            }

            omega += stepOmega / batch;
            valid += stepValid / batch;
        }

        if (valid == 0)
        {
            gradient.Clear();
            return new OmegaResult(0, 0, 0);
        }

        backend.Gemm(Transpose.Trans, Transpose.NoTrans, n, n, rows, T.CreateTruncating(1 / (valid * batch)), scaled, n, r, n, T.Zero, gradient, n);
        return new OmegaResult(omega / valid, valid, valid / steps);
    }
}
