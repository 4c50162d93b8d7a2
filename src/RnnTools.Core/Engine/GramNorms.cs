using System.Numerics;
using System.Numerics.Tensors;
using RnnTools.Core.Backends;
using RnnTools.Core.Gradients;

namespace RnnTools.Core.Engine;

/// <summary>
/// Per-step variable norms of the Gram-strategy groups: ‖R_t[:, v]ᵀL_t‖²_F = ⟨L_tL_tᵀ, R_t[:, v]R_t[:, v]ᵀ⟩ with
/// B × B Gram matrices. Each factor is scaled by a power of two before its Gram is formed (so squares of tiny float
/// values do not underflow) and the scale is undone in double. Grams are cached (least recently used), so the Gram of
/// h_t serves W_out at step t and W_rec at step t + 1, and that of the ones column serves both biases.
/// </summary>
internal sealed class GramNorms<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private const int Slots = 8;
    private readonly TemporalGradient<T> owner;
    private readonly T[][] grams = new T[Slots][];
    private readonly (int Family, int Block, int Column, int Width)[] keys = new (int, int, int, int)[Slots];
    private readonly double[] scales = new double[Slots];
    private readonly long[] used = new long[Slots];
    private T[] copy = [];
    private long clock;

    public GramNorms(TemporalGradient<T> owner)
    {
        this.owner = owner;
        for (int i = 0; i < Slots; i++)
        {
            grams[i] = [];
        }
    }

    /// <summary>Writes the squared norms of the variables of every Gram-strategy group into the owner's table.</summary>
    public void Run(IReadOnlyList<ComponentGroup<T>> groups)
    {
        Array.Fill(keys, (-1, -1, -1, -1));
        int length = owner.BatchSize * owner.BatchSize;
        for (int t = 0; t < owner.Steps; t++)
        {
            foreach (ComponentGroup<T> group in groups)
            {
                if (group.Strategy != ComponentStrategy.Gram)
                {
                    continue;
                }

                foreach (Segment segment in group.Segments)
                {
                    double square = 0;
                    if (!group.IsZero(t) && segment.Block is VariableBlock.BRec or VariableBlock.BOut)
                    {
                        // A bias multiplies the ones column, whose Gram is the all-ones matrix: ‖Σ_b l_b‖² = Σ_ij (LLᵀ)_ij.
                        (T[] left, double leftScale) = Gram(group.Left, t, 0, group.Rows);
                        square = leftScale == 0 ? 0 : !double.IsFinite(leftScale) ? double.NaN
                            : double.CreateTruncating(TensorPrimitives.Sum<T>(left.AsSpan(0, length))) / (leftScale * leftScale);
                    }
                    else if (!group.IsZero(t))
                    {
                        (T[] left, double leftScale) = Gram(group.Left, t, 0, group.Rows);
                        (T[] right, double rightScale) = Gram(group.Right, t, segment.Column, segment.Width);
                        square = leftScale == 0 || rightScale == 0 ? 0
                            : !double.IsFinite(leftScale) || !double.IsFinite(rightScale) ? double.NaN
                            : WideSum.Dot<T>(left.AsSpan(0, length), right.AsSpan(0, length)) / (leftScale * leftScale * rightScale * rightScale);
                    }

                    owner.SquaresOf(segment.Block)[t] = square;
                }
            }
        }
    }

    /// <summary>The Gram of some columns of a factor at a step and the scale s it was formed with (G = (sF)(sF)ᵀ); s = 0 for zero columns.</summary>
    private (T[] Gram, double Scale) Gram(StepFactor factor, int t, int column, int width)
    {
        // Step rows of the output group at t are step t + 1's rows of the recurrent group.
        var key = factor switch
        {
            StepFactor.Output => (2, t + 1, column, width),
            StepFactor.Recurrent => (2, t, column, width),
            _ => ((int)factor, t, column, width),
        };
        int slot = Array.IndexOf(keys, key);
        if (slot < 0)
        {
            slot = 0;
            for (int i = 1; i < Slots; i++)
            {
                slot = used[i] < used[slot] ? i : slot;
            }

            keys[slot] = key;
            scales[slot] = Form(factor, t, column, width, slot);
        }

        used[slot] = ++clock;
        return (grams[slot], scales[slot]);
    }

    private double Form(StepFactor factor, int t, int column, int width, int slot)
    {
        int batch = owner.BatchSize;
        ReadOnlySpan<T> rows = owner.Rows(factor, t, 1, out int ld)[column..];
        T largest = T.Zero;
        for (int b = 0; b < batch; b++)
        {
            largest = T.Max(largest, T.Abs(TensorPrimitives.MaxMagnitude(rows.Slice(b * ld, width))));
        }

        double magnitude = double.CreateTruncating(largest);
        if (magnitude == 0 || !double.IsFinite(magnitude))
        {
            return magnitude == 0 ? 0 : double.NaN;
        }

        double scale = Math.ScaleB(1.0, -Math.ILogB(magnitude));
        Span<T> scaled = Workspace.Ensure(ref copy, (long)batch * width).AsSpan(0, batch * width);
        for (int b = 0; b < batch; b++)
        {
            TensorPrimitives.Multiply(rows.Slice(b * ld, width), T.CreateTruncating(scale), scaled.Slice(b * width, width));
        }

        T[] gram = Workspace.Ensure(ref grams[slot], (long)batch * batch);
        owner.Backend.Gemm(Transpose.NoTrans, Transpose.Trans, batch, batch, width, T.One, scaled, width, scaled, width, T.Zero, gram, batch);
        return scale;
    }
}
