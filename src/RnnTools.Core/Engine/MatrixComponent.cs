using System.Numerics;
using System.Numerics.Tensors;
using RnnTools.Core.Backends;
using RnnTools.Core.Gradients;

namespace RnnTools.Core.Engine;

/// <summary>
/// The temporal components of one weight matrix X (W_rec, W_in or W_out): H_t[X] = L_tᵀR_t, an r × c block per step
/// built from two step factors. Computes the gradient Σ_t H_t[X], per-step squared norms, dots with a vector and
/// weighted combinations, by the cheapest <see cref="ComponentStrategy"/> for the batch shape.
/// </summary>
internal sealed class MatrixComponent<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly TemporalGradient<T> owner;
    private T[] stored = [], single = [];
    private bool storedReady;

    public MatrixComponent(TemporalGradient<T> owner, VariableBlock block, int offset, StepFactor left, StepFactor right)
    {
        this.owner = owner;
        Block = block;
        Offset = offset;
        Left = left;
        Right = right;
        Rows = owner.Width(left);
        Columns = owner.Width(right);
    }

    /// <summary>Which variable this is.</summary>
    public VariableBlock Block { get; }

    /// <summary>Offset of the variable in the flat parameter vector.</summary>
    public int Offset { get; }

    /// <summary>The factor whose transpose is on the left (δ or ε).</summary>
    public StepFactor Left { get; }

    /// <summary>The factor on the right (h_{t−1}, u_t or h_t).</summary>
    public StepFactor Right { get; }

    /// <summary>r, rows of the block.</summary>
    public int Rows { get; }

    /// <summary>c, columns of the block.</summary>
    public int Columns { get; }

    /// <summary>r·c.</summary>
    public int Size => Rows * Columns;

    /// <summary>The strategy chosen for the current batch.</summary>
    public ComponentStrategy Strategy { get; private set; }

    private IComputeBackend Backend => owner.Backend;

    /// <summary>Chooses the strategy for a batch shape, drawing stored blocks from <paramref name="budget"/> (entries).</summary>
    public void Choose(int steps, int batch, ref long budget)
    {
        storedReady = false;
        long materialise = (long)Size * batch, gram = (long)batch * batch * (Rows + Columns);
        long storage = (long)steps * Size;
        if (materialise > gram)
        {
            Strategy = ComponentStrategy.Gram;
        }
        else if (storage <= budget)
        {
            Strategy = ComponentStrategy.Stored;
            budget -= storage;
        }
        else
        {
            Strategy = ComponentStrategy.Streamed;
        }
    }

    /// <summary>Whether H_t[X] is zero by construction (W_rec at t = 0, W_out at steps without an active pair).</summary>
    public bool IsZero(int t) => owner.IsZero(Left, t) || owner.IsZero(Right, t);

    /// <summary>g[X] = Σ_t L_tᵀR_t as one GEMM over all T·B rows.</summary>
    public void Gradient(Span<T> gradient)
    {
        int rows = owner.Steps * owner.BatchSize;
        ReadOnlySpan<T> left = owner.Rows(Left, 0, owner.Steps, out int ldLeft);
        ReadOnlySpan<T> right = owner.Rows(Right, 0, owner.Steps, out int ldRight);
        Backend.Gemm(Transpose.Trans, Transpose.NoTrans, Rows, Columns, rows, T.One, left, ldLeft, right, ldRight, T.Zero, gradient, Columns);
    }

    /// <summary>
    /// Stored strategy: materialises and keeps every block, writes their squared norms and, unless
    /// <paramref name="gradient"/> is empty, their sum (the gradient).
    /// </summary>
    public void Store(Span<T> gradient, Span<double> squares)
    {
        Span<T> blocks = Workspace.Ensure(ref stored, (long)owner.Steps * Size);
        if (!gradient.IsEmpty)
        {
            gradient.Clear();
        }

        for (int t = 0; t < owner.Steps; t++)
        {
            Span<T> block = blocks.Slice(t * Size, Size);
            if (IsZero(t))
            {
                block.Clear();
                squares[t] = 0;
                continue;
            }

            ComputeBlock(t, block);
            squares[t] = WideSum.SumOfSquares<T>(block);
            if (!gradient.IsEmpty)
            {
                TensorPrimitives.Add(gradient, block, gradient);
            }
        }

        storedReady = true;
    }

    /// <summary>Squared block norms for the Stored and Streamed strategies (Gram norms come from <see cref="GramNorms{T}"/>).</summary>
    public void Norms(Span<double> squares)
    {
        if (Strategy == ComponentStrategy.Stored)
        {
            if (!storedReady)
            {
                Store(Span<T>.Empty, squares);
            }

            return;
        }

        Span<T> block = Workspace.Ensure(ref single, Size).AsSpan(0, Size);
        for (int t = 0; t < owner.Steps; t++)
        {
            squares[t] = IsZero(t) ? 0 : WideSum.SumOfSquares<T>(ComputeBlock(t, block));
        }
    }

    /// <summary>Adds ⟨H_t[X], v⟩ to dots[t] for every step (v is r × c).</summary>
    public void Dots(ReadOnlySpan<T> v, Span<double> dots)
    {
        switch (Strategy)
        {
            case ComponentStrategy.Stored:
                if (!storedReady)
                {
                    Store(Span<T>.Empty, owner.SquaresOf(Block));
                }

                for (int t = 0; t < owner.Steps; t++)
                {
                    dots[t] += IsZero(t) ? 0 : WideSum.Dot(stored.AsSpan(t * Size, Size), v);
                }

                break;
            case ComponentStrategy.Streamed:
                Span<T> block = Workspace.Ensure(ref single, Size).AsSpan(0, Size);
                for (int t = 0; t < owner.Steps; t++)
                {
                    dots[t] += IsZero(t) ? 0 : WideSum.Dot(ComputeBlock(t, block), v);
                }

                break;
            default:
                // ⟨L_tᵀR_t, V⟩ = Σ_b ⟨l_{t,b}, V r_{t,b}⟩: one GEMM P = R·Vᵀ over all rows, then row dots with L.
                int batch = owner.BatchSize, rows = owner.Steps * batch, stepLength = batch * Rows;
                Span<T> projected = owner.Scratch((long)rows * Rows);
                ReadOnlySpan<T> right = owner.Rows(Right, 0, owner.Steps, out int ldRight);
                Backend.Gemm(Transpose.NoTrans, Transpose.Trans, rows, Rows, Columns, T.One, right, ldRight, v, Columns, T.Zero, projected, Rows);
                for (int t = 0; t < owner.Steps; t++)
                {
                    dots[t] += IsZero(t) ? 0 : WideSum.Dot(owner.Rows(Left, t, 1, out _)[..stepLength], projected.Slice(t * stepLength, stepLength));
                }

                break;
        }
    }

    /// <summary>destination = Σ_t w_t·H_t[X].</summary>
    public void Combine(ReadOnlySpan<double> weights, Span<T> destination)
    {
        if (Strategy == ComponentStrategy.Stored)
        {
            if (!storedReady)
            {
                Store(Span<T>.Empty, owner.SquaresOf(Block));
            }

            destination.Clear();
            for (int t = 0; t < owner.Steps; t++)
            {
                if (weights[t] != 0 && !IsZero(t))
                {
                    TensorPrimitives.MultiplyAdd(stored.AsSpan(t * Size, Size), T.CreateTruncating(weights[t]), destination, destination);
                }
            }

            return;
        }

        // Σ_t w_t L_tᵀR_t = (diag(w) L)ᵀ R: scale the left factor per step, then one GEMM over all rows.
        int batch = owner.BatchSize, rows = owner.Steps * batch, stepLength = batch * Rows;
        Span<T> scaled = owner.Scratch((long)rows * Rows);
        for (int t = 0; t < owner.Steps; t++)
        {
            Span<T> target = scaled.Slice(t * stepLength, stepLength);
            if (weights[t] == 0 || IsZero(t))
            {
                target.Clear();
            }
            else
            {
                TensorPrimitives.Multiply(owner.Rows(Left, t, 1, out _)[..stepLength], T.CreateTruncating(weights[t]), target);
            }
        }

        ReadOnlySpan<T> right = owner.Rows(Right, 0, owner.Steps, out int ldRight);
        Backend.Gemm(Transpose.Trans, Transpose.NoTrans, Rows, Columns, rows, T.One, scaled, Rows, right, ldRight, T.Zero, destination, Columns);
    }

    /// <summary>Writes H_t[X] (r × c, row-major) into <paramref name="destination"/>.</summary>
    public void Materialize(int t, Span<T> destination)
    {
        if (IsZero(t))
        {
            destination[..Size].Clear();
        }
        else if (Strategy == ComponentStrategy.Stored && storedReady)
        {
            stored.AsSpan(t * Size, Size).CopyTo(destination);
        }
        else
        {
            ComputeBlock(t, destination);
        }
    }

    private Span<T> ComputeBlock(int t, Span<T> block)
    {
        ReadOnlySpan<T> left = owner.Rows(Left, t, 1, out int ldLeft);
        ReadOnlySpan<T> right = owner.Rows(Right, t, 1, out int ldRight);
        Backend.Gemm(Transpose.Trans, Transpose.NoTrans, Rows, Columns, owner.BatchSize, T.One, left, ldLeft, right, ldRight, T.Zero, block, Columns);
        return block[..Size];
    }
}
