using System.Numerics;
using RnnTools.Core.Backends;
using RnnTools.Core.Gradients;
using RnnTools.Core.Model;
using RnnTools.Core.Tasks;

namespace RnnTools.Core.Engine;

/// <summary>
/// One gradient evaluation of an <see cref="RnnEngine{T}"/>: the loss, the gradient g (backpropagation through time,
/// training.md §4.1) and its temporal components H_t (§4.2) with their diagnostics (§4.3), weighted combinations,
/// the materialised matrix H when it fits, and Pascanu's regulariser (§11.1). H is never materialised unless asked
/// for. The per-step norms come with the gradient when its per-step blocks are formed anyway (see
/// <see cref="RnnEngine{T}.Evaluate"/>); cosines are computed on first use, once per evaluation. The object belongs to
/// its engine and is overwritten by the engine's next gradient evaluation.
/// </summary>
/// <typeparam name="T">float or double.</typeparam>
public sealed class TemporalGradient<T> : ITemporalComponents<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private const int BlockCount = 5;
    private readonly EngineConfiguration configuration;
    private readonly RnnShape shape;
    private readonly ComponentGroup<T>[] groups;
    private readonly GramNorms<T> gramNorms;
    private readonly PascanuRegularizer<T> regularizer = new();
    private readonly T[] gradient;
    private readonly T beta;
    private readonly List<(int Start, int Count)> runs = [];
    private readonly Func<int, bool> inactiveStep;
    private T[] errors = [], hiddenErrors = [], deltas = [], scratch = [];
    private double[] squares = [], blockNorms = [], norms = [], cosines = [], weights = [];
    private bool normsReady, cosinesReady;

    internal TemporalGradient(IComputeBackend backend, EngineConfiguration configuration)
    {
        Backend = backend;
        this.configuration = configuration;
        shape = configuration.Shape;
        beta = T.CreateTruncating(configuration.ActivationBeta);
        Forward = new ForwardResult<T>(backend, configuration);
        gradient = new T[shape.ParameterCount];
        int n = shape.HiddenSize;
        groups =
        [
            new ComponentGroup<T>(this, StepFactor.Deltas, StepFactor.Recurrent,
            [
                new Segment(VariableBlock.WRec, 0, n, shape.WRecOffset),
                new Segment(VariableBlock.BRec, n, 1, shape.BRecOffset),
                new Segment(VariableBlock.WIn, n + 1, shape.InputSize, shape.WInOffset),
            ]),
            new ComponentGroup<T>(this, StepFactor.Errors, StepFactor.Output,
            [
                new Segment(VariableBlock.WOut, 0, n, shape.WOutOffset),
                new Segment(VariableBlock.BOut, n, 1, shape.BOutOffset),
            ]),
        ];
        gramNorms = new GramNorms<T>(this);
        inactiveStep = t => !Forward.ActiveSteps[t];
    }

    /// <summary>The forward pass this gradient was computed on (loss, outputs, per-pair losses).</summary>
    public ForwardResult<T> Forward { get; }

    /// <inheritdoc />
    public RnnShape Shape => shape;

    /// <inheritdoc />
    public int Steps => Forward.Steps;

    /// <summary>The batch loss L.</summary>
    public double Loss => Forward.Loss;

    /// <inheritdoc />
    public ReadOnlySpan<T> Gradient => gradient;

    /// <summary>‖g‖₂, accumulated in double.</summary>
    public double GradientNorm { get; private set; }

    /// <inheritdoc />
    public ReadOnlySpan<double> Norms
    {
        get
        {
            EnsureNorms();
            return norms.AsSpan(0, Steps);
        }
    }

    /// <inheritdoc />
    public ReadOnlySpan<double> Cosines
    {
        get
        {
            EnsureCosines();
            return cosines.AsSpan(0, Steps);
        }
    }

    /// <summary>g_var: the population variance over t of ‖H_t‖ (training.md §4.3).</summary>
    public double GVar => Variance(Norms);

    /// <summary>dots_var: the population variance over t of the finite cosines; NaN when none is finite.</summary>
    public double DotsVar => Variance(Cosines);

    /// <inheritdoc />
    public bool CanMaterialize => (long)Steps * shape.ParameterCount <= configuration.MaterializeLimit;

    /// <summary>The backend the GEMMs run on.</summary>
    internal IComputeBackend Backend { get; }

    /// <summary>B, sequences in the batch.</summary>
    internal int BatchSize => Forward.BatchSize;

    /// <inheritdoc />
    public ReadOnlySpan<double> BlockNorms(VariableBlock block)
    {
        EnsureNorms();
        return blockNorms.AsSpan((int)block * Steps, Steps);
    }

    /// <inheritdoc />
    public void Combine(ReadOnlySpan<double> weights, Span<T> destination)
    {
        if (weights.Length != BlockCount * Steps || destination.Length < shape.ParameterCount)
        {
            throw new ArgumentException($"Combine takes {BlockCount * Steps} weights (5·T) and a destination of {shape.ParameterCount} values.");
        }

        foreach (ComponentGroup<T> group in groups)
        {
            group.Combine(weights, destination);
        }
    }

    /// <summary>
    /// destination = Σ_t c_t·G_t with G_t = H_t/‖H_t‖ when ‖H_t‖ is finite and at least <paramref name="trustThreshold"/>,
    /// else H_t (training.md §7). With <paramref name="separateBlocks"/> false, <paramref name="coefficients"/> has T
    /// entries and rows are normalised by ‖H_t‖. With it true (the separate mode of §7) it has 5·T entries, block-major
    /// in flattening order; W_rec, W_in and b_rec rows are normalised by their own block norms, and W_out and b_out
    /// receive their plain sums (the gradient's blocks), so their coefficients are ignored.
    /// </summary>
    /// <exception cref="ArgumentException">The coefficients or the destination have the wrong length.</exception>
    public void CombineNormalized(ReadOnlySpan<double> coefficients, double trustThreshold, bool separateBlocks, Span<T> destination)
    {
        int steps = Steps;
        if (coefficients.Length != (separateBlocks ? BlockCount * steps : steps))
        {
            throw new ArgumentException($"Expected {(separateBlocks ? BlockCount * steps : steps)} coefficients.", nameof(coefficients));
        }

        EnsureNorms();
        Span<double> w = Workspace.Ensure(ref weights, BlockCount * steps).AsSpan(0, BlockCount * steps);
        for (int b = 0; b < BlockCount; b++)
        {
            for (int t = 0; t < steps; t++)
            {
                double c = coefficients[separateBlocks ? (b * steps) + t : t];
                double norm = separateBlocks ? blockNorms[(b * steps) + t] : norms[t];
                bool plain = separateBlocks && b is (int)VariableBlock.WOut or (int)VariableBlock.BOut;
                w[(b * steps) + t] = plain ? 0 : double.IsFinite(norm) && norm >= trustThreshold ? c / norm : c;
            }
        }

        Combine(w, destination);
        if (separateBlocks)
        {
            gradient.AsSpan(shape.WOutOffset, shape.WOutLength).CopyTo(destination[shape.WOutOffset..]);
            gradient.AsSpan(shape.BOutOffset, shape.OutputSize).CopyTo(destination[shape.BOutOffset..]);
        }
    }

    /// <inheritdoc />
    public void Materialize(Span<T> destination)
    {
        int p = shape.ParameterCount;
        if (!CanMaterialize)
        {
            throw new InvalidOperationException(
                $"H has {(long)Steps * p} entries, more than the limit of {configuration.MaterializeLimit}; use norms, cosines and Combine instead.");
        }

        if (destination.Length < Steps * p)
        {
            throw new ArgumentException($"H needs {Steps * p} values.", nameof(destination));
        }

        for (int t = 0; t < Steps; t++)
        {
            Span<T> row = destination.Slice(t * p, p);
            foreach (ComponentGroup<T> group in groups)
            {
                group.Materialize(t, row);
            }
        }
    }

    /// <summary>
    /// Pascanu's regulariser Ω and its immediate gradient ∂⁺Ω/∂W_rec (training.md §11.1), with δ, δ^h, h and the
    /// valid mask (‖δ^h‖² ≥ 1e−20) held constant. The gradient (n_h × n_h) is written, not added, to
    /// <paramref name="gradientWRec"/>.
    /// </summary>
    /// <param name="norm">Squared norms (the code's and eq. 10's) or plain norms (eq. 9) in the ratio.</param>
    /// <param name="gradientWRec">Receives ∂⁺Ω/∂W_rec, n_h² values.</param>
    public OmegaResult Omega(OmegaNorm norm, Span<T> gradientWRec)
    {
        int n = shape.HiddenSize;
        if (gradientWRec.Length < n * n)
        {
            throw new ArgumentException($"∂Ω/∂W_rec needs {n * n} values.", nameof(gradientWRec));
        }

        return regularizer.Compute(Backend, Rows(StepFactor.Deltas, 0, Steps, out _), HiddenErrors,
            Forward.Parameters.AsSpan(shape.WRecOffset, shape.WRecLength), Steps, BatchSize, n, norm, gradientWRec[..(n * n)]);
    }

    /// <summary>Runs forward, loss, backpropagation and the gradient; with <paramref name="temporalNorms"/> also the norms.</summary>
    internal void Run(ReadOnlySpan<T> parameters, Batch batch, bool temporalNorms)
    {
        int steps = batch.Length, size = batch.BatchSize, rows = steps * size, n = shape.HiddenSize, nOut = shape.OutputSize;
        Workspace.Ensure(ref errors, (long)rows * nOut);
        Workspace.Ensure(ref hiddenErrors, (long)rows * n);
        Workspace.Ensure(ref deltas, (long)rows * n);
        Workspace.Ensure(ref squares, BlockCount * steps);
        Workspace.Ensure(ref blockNorms, BlockCount * steps);
        Workspace.Ensure(ref norms, steps);
        Workspace.Ensure(ref cosines, steps);

        Forward.Run(parameters, batch, errors.AsSpan(0, rows * nOut));
        long budget = configuration.BlockStorageLimit;
        foreach (ComponentGroup<T> group in groups)
        {
            group.Choose(steps, size, ref budget);
            if (group.Fused)
            {
                group.BeginSteps();
            }
        }

        Backpropagate();
        foreach (ComponentGroup<T> group in groups)
        {
            if (group.Fused)
            {
                group.EndSteps(gradient);
            }
            else
            {
                group.Gradient(gradient);
            }
        }

        GradientNorm = Math.Sqrt(WideSum.SumOfSquares<T>(gradient));
        normsReady = false;
        cosinesReady = false;
        if (temporalNorms || Array.TrueForAll(groups, group => group.Fused))
        {
            EnsureNorms();
        }
    }

    /// <summary>δ^h_t = ∂L/∂h_t for every row, T·B × n_h.</summary>
    internal ReadOnlySpan<T> HiddenErrors => hiddenErrors.AsSpan(0, Steps * BatchSize * shape.HiddenSize);

    /// <summary>The strategy the group holding a variable uses for the current batch.</summary>
    internal ComponentStrategy StrategyOf(VariableBlock block) => groups.First(group => group.Segments.Any(s => s.Block == block)).Strategy;

    /// <summary>Width of a step factor.</summary>
    internal int Width(StepFactor factor) => factor switch
    {
        StepFactor.Deltas => shape.HiddenSize,
        StepFactor.Errors => shape.OutputSize,
        StepFactor.Recurrent => Forward.Stride,
        _ => shape.HiddenSize + 1,
    };

    /// <summary>Whether an error factor is zero at a step by construction.</summary>
    internal bool IsZero(StepFactor factor, int t) => factor switch
    {
        StepFactor.Errors => !Forward.ActiveSteps[t],
        StepFactor.Deltas => t > Forward.LastActiveStep,
        _ => false,
    };

    /// <summary>The rows of a factor for <paramref name="count"/> steps from <paramref name="step"/>, with its leading dimension.</summary>
    internal ReadOnlySpan<T> Rows(StepFactor factor, int step, int count, out int ld)
    {
        int batch = BatchSize, rows = count * batch, width = Width(factor);
        (T[] buffer, int firstRow, ld) = factor switch
        {
            StepFactor.Deltas => (deltas, step * batch, width),
            StepFactor.Errors => (errors, step * batch, width),
            StepFactor.Recurrent => (Forward.StepRows, step * batch, Forward.Stride),
            _ => (Forward.StepRows, (step + 1) * batch, Forward.Stride),
        };
        return buffer.AsSpan(firstRow * ld, ((rows - 1) * ld) + width);
    }

    /// <summary>A shared scratch buffer of at least <paramref name="length"/> values (contents undefined).</summary>
    internal Span<T> Scratch(long length) => Workspace.Ensure(ref scratch, length).AsSpan(0, (int)length);

    /// <summary>The squared norms ‖H_t[block]‖² for every step.</summary>
    internal Span<double> SquaresOf(VariableBlock block) => squares.AsSpan((int)block * Steps, Steps);

    private void Backpropagate()
    {
        int size = BatchSize, n = shape.HiddenSize, nOut = shape.OutputSize, block = size * n;
        int last = Forward.LastActiveStep;
        ReadOnlySpan<T> wRec = Forward.Parameters.AsSpan(shape.WRecOffset, shape.WRecLength);
        ReadOnlySpan<T> wOut = Forward.Parameters.AsSpan(shape.WOutOffset, shape.WOutLength);

        // δ^h_t starts as W_outᵀ ε_t on active steps: one GEMM per run of active steps.
        foreach ((int start, int count) in StepRuns.Find(Steps, inactiveStep, runs))
        {
            Backend.Gemm(Transpose.NoTrans, Transpose.NoTrans, count * size, n, nOut, T.One, errors.AsSpan(start * size * nOut), nOut, wOut, n,
                T.Zero, hiddenErrors.AsSpan(start * block, count * block), n);
        }

        for (int t = Steps - 1; t >= 0; t--)
        {
            Span<T> delta = deltas.AsSpan(t * block, block);
            Span<T> hidden = hiddenErrors.AsSpan(t * block, block);
            if (t > last)
            {
                delta.Clear();
                hidden.Clear();
            }
            else
            {
                // δ^h_t += W_recᵀ δ_{t+1} before the last active step; δ_t = σ'(a_t) ⊙ δ^h_t.
                if (t < last)
                {
                    Backend.Gemm(Transpose.NoTrans, Transpose.NoTrans, size, n, n, T.One, deltas.AsSpan((t + 1) * block, block), n, wRec, n,
                        Forward.ActiveSteps[t] ? T.One : T.Zero, hidden, n);
                }

                HiddenActivation.MultiplyByDerivative(configuration.Activation, beta, Forward.StepRows.AsSpan((t + 1) * size * Forward.Stride),
                    Forward.Stride, hidden, delta, size, n);
            }

            // The step's blocks while δ_t, ε_t and its rows are in cache.
            foreach (ComponentGroup<T> group in groups)
            {
                if (group.Fused)
                {
                    group.Step(t);
                }
            }
        }
    }

    private void EnsureNorms()
    {
        if (normsReady)
        {
            return;
        }

        if (!Array.TrueForAll(groups, group => group.Fused))
        {
            gramNorms.Run(groups);
        }

        int steps = Steps;
        for (int t = 0; t < steps; t++)
        {
            double total = 0;
            for (int b = 0; b < BlockCount; b++)
            {
                double square = squares[(b * steps) + t];
                blockNorms[(b * steps) + t] = Math.Sqrt(square);
                total += square;
            }

            norms[t] = Math.Sqrt(total);
        }

        normsReady = true;
    }

    private void EnsureCosines()
    {
        if (cosinesReady)
        {
            return;
        }

        EnsureNorms();
        Span<double> dots = cosines.AsSpan(0, Steps);
        dots.Clear();
        foreach (ComponentGroup<T> group in groups)
        {
            group.Dots(dots);
        }

        for (int t = 0; t < Steps; t++)
        {
            double denominator = norms[t] * GradientNorm;
            dots[t] = denominator == 0 || double.IsNaN(denominator) ? double.NaN : dots[t] / denominator;
        }

        cosinesReady = true;
    }

    private static double Variance(ReadOnlySpan<double> values)
    {
        double sum = 0, count = 0;
        foreach (double value in values)
        {
            if (double.IsFinite(value))
            {
                sum += value;
                count++;
            }
        }

        if (count == 0)
        {
            return double.NaN;
        }

        double mean = sum / count, total = 0;
        foreach (double value in values)
        {
            if (double.IsFinite(value))
            {
                total += (value - mean) * (value - mean);
            }
        }

        return total / count;
    }
}
