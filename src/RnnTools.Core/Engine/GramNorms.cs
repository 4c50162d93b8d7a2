using System.Numerics;
using System.Numerics.Tensors;
using RnnTools.Core.Backends;

namespace RnnTools.Core.Engine;

/// <summary>
/// Per-step norms of the Gram-strategy components: ‖L_tᵀR_t‖²_F = ⟨L_tL_tᵀ, R_tR_tᵀ⟩ with B × B Gram matrices. Each
/// factor is scaled by a power of two before its Gram is formed (so squares of tiny float values do not underflow) and
/// the scale is undone in double. Grams are cached per factor and step, so δ_t serves W_rec and W_in, and h_t serves
/// W_out at t and W_rec at t + 1.
/// </summary>
internal sealed class GramNorms<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private const int Slots = 2;
    private readonly TemporalGradient<T> owner;
    private readonly T[][] grams = new T[4 * Slots][];
    private readonly (StepFactor Factor, int Step)[] keys = new (StepFactor, int)[4 * Slots];
    private readonly double[] scales = new double[4 * Slots];
    private readonly int[] next = new int[4];
    private T[] copy = [];

    public GramNorms(TemporalGradient<T> owner)
    {
        this.owner = owner;
        for (int i = 0; i < grams.Length; i++)
        {
            grams[i] = [];
        }
    }

    /// <summary>Writes the squared norms of every Gram-strategy component into the owner's table of squared block norms.</summary>
    public void Run(IReadOnlyList<MatrixComponent<T>> components)
    {
        Array.Fill(keys, (StepFactor.Deltas, -1));
        for (int t = 0; t < owner.Steps; t++)
        {
            foreach (MatrixComponent<T> component in components)
            {
                if (component.Strategy != ComponentStrategy.Gram)
                {
                    continue;
                }

                double square = 0;
                if (!component.IsZero(t))
                {
                    (T[] left, double leftScale) = Gram(component.Left, t);
                    (T[] right, double rightScale) = Gram(component.Right, t);
                    int length = owner.BatchSize * owner.BatchSize;
                    square = leftScale == 0 || rightScale == 0 ? 0
                        : !double.IsFinite(leftScale) || !double.IsFinite(rightScale) ? double.NaN
                        : WideSum.Dot<T>(left.AsSpan(0, length), right.AsSpan(0, length)) / (leftScale * leftScale * rightScale * rightScale);
                }

                owner.SquaresOf(component.Block)[t] = square;
            }
        }
    }

    /// <summary>The Gram of a factor at a step and the scale s it was formed with (G = (sF)(sF)ᵀ); s = 0 for a zero factor.</summary>
    private (T[] Gram, double Scale) Gram(StepFactor factor, int t)
    {
        if (factor == StepFactor.HiddenBefore)
        {
            (factor, t) = (StepFactor.Hidden, t - 1);
            if (t < 0)
            {
                return (grams[0], 0);
            }
        }

        int family = Family(factor);
        for (int slot = 0; slot < Slots; slot++)
        {
            int index = (family * Slots) + slot;
            if (keys[index] == (factor, t))
            {
                return (grams[index], scales[index]);
            }
        }

        int target = (family * Slots) + next[family];
        next[family] = (next[family] + 1) % Slots;
        keys[target] = (factor, t);
        scales[target] = Form(factor, t, target);
        return (grams[target], scales[target]);
    }

    private double Form(StepFactor factor, int t, int target)
    {
        int batch = owner.BatchSize, width = owner.Width(factor);
        ReadOnlySpan<T> rows = owner.Rows(factor, t, 1, out int ld);
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

        T[] gram = Workspace.Ensure(ref grams[target], (long)batch * batch);
        owner.Backend.Gemm(Transpose.NoTrans, Transpose.Trans, batch, batch, width, T.One, scaled, width, scaled, width, T.Zero, gram, batch);
        return scale;
    }

    private static int Family(StepFactor factor) => factor switch
    {
        StepFactor.Deltas => 0,
        StepFactor.Hidden => 1,
        StepFactor.Inputs => 2,
        _ => 3,
    };
}
