using System.Numerics;
using System.Numerics.Tensors;
using RnnTools.Core.Backends;

namespace RnnTools.Core.Engine;

/// <summary>
/// The temporal components of the variables that share an error factor: [W_rec | b_rec | W_in] (factor δ, step rows
/// [h_{t−1} | 1 | u_t]) or [W_out | b_out] (factor ε, rows [h_t | 1]). Step t's block is kept transposed,
/// H_t[group]ᵀ = R_tᵀL_t (c × r), so every variable is a contiguous range of rows. One GEMM per step yields all its
/// variables at once. Computes the gradient, per-variable squared norms, dots with the gradient and weighted
/// combinations by the cheapest <see cref="ComponentStrategy"/> for the batch shape.
/// </summary>
internal sealed class ComponentGroup<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly TemporalGradient<T> owner;
    private readonly T[] total;
    private readonly List<(int Start, int Count)> runs = [];
    private readonly Func<int, bool> isZero;
    private T[] stored = [], single = [];
    private bool storedReady;

    public ComponentGroup(TemporalGradient<T> owner, StepFactor left, StepFactor right, Segment[] segments)
    {
        this.owner = owner;
        Left = left;
        Right = right;
        Segments = segments;
        Rows = owner.Width(left);
        Columns = owner.Width(right);
        total = new T[Size];
        isZero = IsZero;
    }

    /// <summary>The error factor (δ or ε).</summary>
    public StepFactor Left { get; }

    /// <summary>The step rows the errors multiply.</summary>
    public StepFactor Right { get; }

    /// <summary>The variables of the group.</summary>
    public Segment[] Segments { get; }

    /// <summary>r, the width of the error factor.</summary>
    public int Rows { get; }

    /// <summary>c, the width of the step rows.</summary>
    public int Columns { get; }

    /// <summary>r·c, the size of one block.</summary>
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

    /// <summary>Whether the whole block is zero at step t by construction (no error signal there).</summary>
    public bool IsZero(int t) => owner.IsZero(Left, t);

    /// <summary>The group's gradient Σ_t R_tᵀL_t with one GEMM per run of non-zero steps (Gram strategy); scattered into θ's layout.</summary>
    public void Gradient(Span<T> gradient)
    {
        bool first = true;
        foreach ((int start, int count) in Runs())
        {
            ReadOnlySpan<T> left = owner.Rows(Left, start, count, out int ldLeft);
            ReadOnlySpan<T> right = owner.Rows(Right, start, count, out int ldRight);
            Backend.Gemm(Transpose.Trans, Transpose.NoTrans, Columns, Rows, count * owner.BatchSize, T.One, right, ldRight, left, ldLeft,
                first ? T.Zero : T.One, total, Rows);
            first = false;
        }

        if (first)
        {
            Array.Clear(total);
        }

        Scatter(total, gradient);
    }

    /// <summary>Whether the blocks are computed step by step inside backpropagation (Stored and Streamed strategies).</summary>
    public bool Fused => Strategy != ComponentStrategy.Gram;

    /// <summary>Starts a pass of <see cref="Step"/> calls: clears the gradient sum and, when storing, makes room for every block.</summary>
    public void BeginSteps()
    {
        Array.Clear(total);
        if (Strategy == ComponentStrategy.Stored)
        {
            Workspace.Ensure(ref stored, (long)owner.Steps * Size);
        }
        else
        {
            Workspace.Ensure(ref single, Size);
        }
    }

    /// <summary>Computes step t's block (kept when storing), writes its variables' squared norms and adds it to the gradient sum.</summary>
    public void Step(int t)
    {
        Span<T> block = Strategy == ComponentStrategy.Stored ? stored.AsSpan(t * Size, Size) : single.AsSpan(0, Size);
        if (IsZero(t))
        {
            block.Clear();
        }
        else
        {
            ComputeBlock(t, block);
            TensorPrimitives.Add<T>(total, block, total);
        }

        WriteSquares(block, t);
    }

    /// <summary>Ends a pass of <see cref="Step"/> calls: scatters the gradient sum into θ's layout.</summary>
    public void EndSteps(Span<T> gradient)
    {
        storedReady = Strategy == ComponentStrategy.Stored;
        Scatter(total, gradient);
    }

    /// <summary>Adds ⟨H_t[group], g[group]⟩ to dots[t] for every step.</summary>
    public void Dots(Span<double> dots)
    {
        switch (Strategy)
        {
            case ComponentStrategy.Stored:
                for (int t = 0; t < owner.Steps; t++)
                {
                    dots[t] += IsZero(t) ? 0 : WideSum.Dot<T>(stored.AsSpan(t * Size, Size), total);
                }

                break;
            case ComponentStrategy.Streamed:
                Span<T> block = Workspace.Ensure(ref single, Size).AsSpan(0, Size);
                for (int t = 0; t < owner.Steps; t++)
                {
                    dots[t] += IsZero(t) ? 0 : WideSum.Dot<T>(ComputeBlock(t, block), total);
                }

                break;
            default:
                // ⟨R_tᵀL_t, G⟩ = Σ_b ⟨l_{t,b}, (R G)_{t,b}⟩: one GEMM P = R·G per run, then row dots with L.
                int batch = owner.BatchSize, stepLength = batch * Rows;
                foreach ((int start, int count) in Runs())
                {
                    Span<T> projected = owner.Scratch((long)count * stepLength);
                    ReadOnlySpan<T> right = owner.Rows(Right, start, count, out int ldRight);
                    Backend.Gemm(Transpose.NoTrans, Transpose.NoTrans, count * batch, Rows, Columns, T.One, right, ldRight, total, Rows, T.Zero,
                        projected, Rows);
                    ReadOnlySpan<T> left = owner.Rows(Left, start, count, out _);
                    for (int s = 0; s < count; s++)
                    {
                        dots[start + s] += WideSum.Dot(left.Slice(s * stepLength, stepLength), projected.Slice(s * stepLength, stepLength));
                    }
                }

                break;
        }
    }

    /// <summary>destination = Σ_t w[v, t]·H_t[v] for every variable v of the group (weights are 5·T, block-major).</summary>
    public void Combine(ReadOnlySpan<double> weights, Span<T> destination)
    {
        int steps = owner.Steps;
        if (Strategy == ComponentStrategy.Stored)
        {
            Span<T> sum = Workspace.Ensure(ref single, Size).AsSpan(0, Size);
            sum.Clear();
            for (int t = 0; t < steps; t++)
            {
                if (IsZero(t))
                {
                    continue;
                }

                foreach (Segment segment in Segments)
                {
                    double w = weights[((int)segment.Block * steps) + t];
                    if (w != 0)
                    {
                        int start = segment.Column * Rows, length = segment.Width * Rows;
                        TensorPrimitives.MultiplyAdd(stored.AsSpan((t * Size) + start, length), T.CreateTruncating(w), sum.Slice(start, length),
                            sum.Slice(start, length));
                    }
                }
            }

            Scatter(sum, destination);
            return;
        }

        // Σ_t w_t R_t[:, v]ᵀ L_t = ((diag(w) L)ᵀ R[:, v])ᵀ: scale the error factor per step, then one GEMM per variable,
        // or a single GEMM for the whole group when every variable has the same weights (a joint combination).
        int batch = owner.BatchSize, rows = steps * batch, stepLength = batch * Rows;
        Span<T> scaled = owner.Scratch((long)rows * Rows);
        ReadOnlySpan<T> right = owner.Rows(Right, 0, steps, out int ldRight);
        bool joint = Joint(weights, steps);
        foreach (Segment segment in Segments)
        {
            for (int t = 0; t < steps; t++)
            {
                double w = weights[((int)segment.Block * steps) + t];
                Span<T> target = scaled.Slice(t * stepLength, stepLength);
                if (w == 0 || IsZero(t))
                {
                    target.Clear();
                }
                else
                {
                    TensorPrimitives.Multiply(owner.Rows(Left, t, 1, out _)[..stepLength], T.CreateTruncating(w), target);
                }
            }

            if (joint)
            {
                Span<T> sum = Workspace.Ensure(ref single, Size).AsSpan(0, Size);
                Backend.Gemm(Transpose.Trans, Transpose.NoTrans, Columns, Rows, rows, T.One, right, ldRight, scaled, Rows, T.Zero, sum, Rows);
                Scatter(sum, destination);
                return;
            }

            Backend.Gemm(Transpose.Trans, Transpose.NoTrans, Rows, segment.Width, rows, T.One, scaled, Rows, right[segment.Column..], ldRight, T.Zero,
                destination[segment.Offset..], segment.Width);
        }
    }

    /// <summary>Whether every variable of the group has the same weight at every step.</summary>
    private bool Joint(ReadOnlySpan<double> weights, int steps)
    {
        ReadOnlySpan<double> first = weights.Slice((int)Segments[0].Block * steps, steps);
        foreach (Segment segment in Segments)
        {
            if (!first.SequenceEqual(weights.Slice((int)segment.Block * steps, steps)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Writes H_t for the group's variables into a row of H (θ's layout).</summary>
    public void Materialize(int t, Span<T> row)
    {
        Span<T> block = Workspace.Ensure(ref single, Size).AsSpan(0, Size);
        if (IsZero(t))
        {
            block.Clear();
        }
        else if (Strategy == ComponentStrategy.Stored && storedReady)
        {
            stored.AsSpan(t * Size, Size).CopyTo(block);
        }
        else
        {
            ComputeBlock(t, block);
        }

        Scatter(block, row);
    }

    private Span<T> ComputeBlock(int t, Span<T> block)
    {
        ReadOnlySpan<T> left = owner.Rows(Left, t, 1, out int ldLeft);
        ReadOnlySpan<T> right = owner.Rows(Right, t, 1, out int ldRight);
        Backend.Gemm(Transpose.Trans, Transpose.NoTrans, Columns, Rows, owner.BatchSize, T.One, right, ldRight, left, ldLeft, T.Zero, block, Rows);
        return block[..Size];
    }

    private void WriteSquares(ReadOnlySpan<T> block, int t)
    {
        foreach (Segment segment in Segments)
        {
            owner.SquaresOf(segment.Block)[t] = WideSum.SumOfSquares(block.Slice(segment.Column * Rows, segment.Width * Rows));
        }
    }

    /// <summary>Writes a transposed block (c × r) into θ's layout: variable v is r × width, row-major, at its offset.</summary>
    private void Scatter(ReadOnlySpan<T> block, Span<T> destination)
    {
        foreach (Segment segment in Segments)
        {
            Span<T> target = destination.Slice(segment.Offset, Rows * segment.Width);
            for (int i = 0; i < segment.Width; i++)
            {
                ReadOnlySpan<T> column = block.Slice((segment.Column + i) * Rows, Rows);
                for (int j = 0; j < Rows; j++)
                {
                    target[(j * segment.Width) + i] = column[j];
                }
            }
        }
    }

    /// <summary>Maximal runs of consecutive steps whose blocks are not zero by construction.</summary>
    private List<(int Start, int Count)> Runs() => StepRuns.Find(owner.Steps, isZero, runs);
}
