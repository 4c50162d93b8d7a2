using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using RnnTools.Core.Backends;
using RnnTools.Core.Model;
using RnnTools.Core.Tasks;

namespace RnnTools.Core.Engine;

/// <summary>
/// One forward pass of an <see cref="RnnEngine{T}"/> over a batch (training.md §1.2): the loss, and on request the
/// outputs y and the per-pair loss terms. The object belongs to its engine and is overwritten by the engine's next
/// pass of the same kind.
/// </summary>
/// <remarks>
/// Internally every (t, b) pair is a row (t·B + b) and the B rows of a step form one block. Step t's block of the
/// step matrix X holds the rows [h_{t−1} | 1 | u_t]. The input part [1 | u_t]·[b_rec | W_in]ᵀ of every step is one
/// GEMM over all T·B rows; each step then adds h_{t−1}·W_recᵀ (one GEMM per step), and [h_t | 1] (the first n_h + 1
/// columns of block t + 1) gives z_t = [h_t | 1]·[W_out | b_out]ᵀ.
/// </remarks>
/// <typeparam name="T">float or double.</typeparam>
public sealed class ForwardResult<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly IComputeBackend backend;
    private readonly LossFunction<T> lossFunction;
    private readonly RnnShape shape;
    private readonly Activation activation;
    private readonly T beta;
    private readonly T[] inputWeights, recurrentTransposed;
    private T[] steps = [], targets = [], mask = [], logits = [], preActivations = [];
    private bool[] activeSteps = [];
    private bool logitsComplete;

    internal ForwardResult(IComputeBackend backend, EngineConfiguration configuration)
    {
        this.backend = backend;
        shape = configuration.Shape;
        activation = configuration.Activation;
        beta = T.CreateTruncating(configuration.ActivationBeta);
        lossFunction = new LossFunction<T>(configuration);
        Stride = shape.HiddenSize + 1 + shape.InputSize;
        Parameters = new T[shape.ParameterCount];
        inputWeights = new T[shape.HiddenSize * (1 + shape.InputSize)];
        recurrentTransposed = new T[shape.HiddenSize * shape.HiddenSize];
        OutputWeights = new T[shape.OutputSize * (shape.HiddenSize + 1)];
    }

    /// <summary>T, the number of steps of the batch.</summary>
    public int Steps { get; private set; }

    /// <summary>B, the number of sequences.</summary>
    public int BatchSize { get; private set; }

    /// <summary>N_A, the number of active (t, b) pairs (some output unmasked).</summary>
    public int ActivePairs { get; private set; }

    /// <summary>The batch loss L (training.md §3).</summary>
    public double Loss { get; private set; }

    /// <summary>The row stride of the step matrix, n_h + 1 + n_in.</summary>
    internal int Stride { get; }

    /// <summary>A copy of the parameters the pass ran with.</summary>
    internal T[] Parameters { get; }

    /// <summary>[W_out | b_out], n_out × (n_h + 1).</summary>
    internal T[] OutputWeights { get; }

    /// <summary>The step matrix: T + 1 blocks of B rows [h_{t−1} | 1 | u_t] (block T holds h_{T−1}; its inputs are unused).</summary>
    internal T[] StepRows => steps;

    /// <summary>Targets, T·B × n_out (filled on active steps only).</summary>
    internal T[] Targets => targets;

    /// <summary>The 0/1 mask, T·B × n_out (filled on active steps only).</summary>
    internal T[] Mask => mask;

    /// <summary>Logits z, T·B × n_out (computed on active steps; on every step once outputs are requested).</summary>
    internal T[] Logits => logits;

    /// <summary>Whether step t has an active pair.</summary>
    internal bool[] ActiveSteps => activeSteps;

    /// <summary>The last step with an active pair, or −1.</summary>
    internal int LastActiveStep { get; private set; }

    /// <summary>Writes y = F(z) for every step and sequence as double, in the batch layout (T, n_out, B).</summary>
    /// <exception cref="ArgumentException">The destination is shorter than T·n_out·B.</exception>
    public void CopyOutputs(Span<double> destination)
    {
        Require(destination, (long)Steps * shape.OutputSize * BatchSize);
        if (!logitsComplete)
        {
            ComputeLogits(0, Steps);
            logitsComplete = true;
        }

        lossFunction.Outputs(this, destination);
    }

    /// <summary>
    /// Writes y = F(z) on the steps that have an active pair and 0 on the others, in the batch layout (T, n_out, B): all
    /// that a loss or an error rule reads, without the output GEMMs of inactive steps (cheap validation of last-step tasks).
    /// </summary>
    /// <exception cref="ArgumentException">The destination is shorter than T·n_out·B.</exception>
    public void CopyActiveOutputs(Span<double> destination)
    {
        long length = (long)Steps * shape.OutputSize * BatchSize;
        Require(destination, length);
        destination[..(int)length].Clear();
        lossFunction.Outputs(this, destination, activeOnly: true);
    }

    /// <summary>
    /// Writes the unnormalised loss term of every pair (Σ over its unmasked outputs; 0 for inactive pairs), layout (T, B):
    /// for music the NLL ℓ_t of tasks.md §5.2, from which frame-weighted and sequence-mean figures follow.
    /// </summary>
    /// <exception cref="ArgumentException">The destination is shorter than T·B.</exception>
    public void PairLosses(Span<double> destination)
    {
        Require(destination, (long)Steps * BatchSize);
        lossFunction.PairLosses(this, destination);
    }

    /// <summary>h_t of sequence b (n_h values).</summary>
    internal ReadOnlySpan<T> Hidden(int t, int b) => steps.AsSpan((((t + 1) * BatchSize) + b) * Stride, shape.HiddenSize);

    /// <summary>Runs the forward pass and the loss; writes ε into <paramref name="errors"/> unless it is empty.</summary>
    internal void Run(ReadOnlySpan<T> parameters, Batch batch, Span<T> errors)
    {
        if (parameters.Length != shape.ParameterCount)
        {
            throw new ArgumentException($"A {shape} network has {shape.ParameterCount} parameters, not {parameters.Length}.", nameof(parameters));
        }

        ArgumentNullException.ThrowIfNull(batch);
        if (batch.InputSize != shape.InputSize || batch.OutputSize != shape.OutputSize)
        {
            throw new ArgumentException(
                $"The batch has {batch.InputSize} inputs and {batch.OutputSize} outputs; the network has {shape.InputSize} and {shape.OutputSize}.",
                nameof(batch));
        }

        parameters.CopyTo(Parameters);
        ArrangeWeights();
        Load(batch);
        Propagate(batch);
        Loss = lossFunction.Evaluate(this, errors);
    }

    private void ArrangeWeights()
    {
        int n = shape.HiddenSize, nIn = shape.InputSize, nOut = shape.OutputSize;
        for (int j = 0; j < n; j++)
        {
            // Row j of [b_rec | W_in], and column j of W_recᵀ.
            Span<T> row = inputWeights.AsSpan(j * (1 + nIn), 1 + nIn);
            row[0] = Parameters[shape.BRecOffset + j];
            Parameters.AsSpan(shape.WInOffset + (j * nIn), nIn).CopyTo(row[1..]);
            for (int k = 0; k < n; k++)
            {
                recurrentTransposed[(k * n) + j] = Parameters[shape.WRecOffset + (j * n) + k];
            }
        }

        for (int o = 0; o < nOut; o++)
        {
            Span<T> row = OutputWeights.AsSpan(o * (n + 1), n + 1);
            Parameters.AsSpan(shape.WOutOffset + (o * n), n).CopyTo(row);
            row[n] = Parameters[shape.BOutOffset + o];
        }
    }

    private void Load(Batch batch)
    {
        int length = batch.Length, size = batch.BatchSize, rows = length * size;
        int n = shape.HiddenSize, nIn = shape.InputSize, nOut = shape.OutputSize, stride = Stride;
        (Steps, BatchSize) = (length, size);
        T[] previous = steps;
        Workspace.Ensure(ref steps, (long)(rows + size) * stride);
        Workspace.Ensure(ref targets, (long)rows * nOut);
        Workspace.Ensure(ref mask, (long)rows * nOut);
        Workspace.Ensure(ref logits, (long)rows * nOut);
        Workspace.Ensure(ref activeSteps, length);
        Workspace.Ensure(ref preActivations, (long)rows * n);
        logitsComplete = false;

        // Every row carries the ones column (set once per allocation; nothing else writes it); block 0 has h_{−1} = 0.
        if (!ReferenceEquals(previous, steps))
        {
            for (int at = n; at < steps.Length; at += stride)
            {
                steps[at] = T.One;
            }
        }

        for (int b = 0; b < size; b++)
        {
            steps.AsSpan(b * stride, n).Clear();
        }

        int pairs = 0;
        LastActiveStep = -1;
        for (int t = 0; t < length; t++)
        {
            ReadOnlySpan<double> stepMask = batch.Mask.AsSpan(t * nOut * size, nOut * size);
            int stepPairs = 0;
            for (int b = 0; b < size; b++)
            {
                bool active = false;
                for (int o = 0; o < nOut && !active; o++)
                {
                    active = stepMask[(o * size) + b] != 0;
                }

                stepPairs += active ? 1 : 0;
            }

            activeSteps[t] = stepPairs > 0;
            if (stepPairs == 0)
            {
                continue;
            }

            pairs += stepPairs;
            LastActiveStep = t;
            for (int o = 0; o < nOut; o++)
            {
                int source = ((t * nOut) + o) * size;
                for (int b = 0; b < size; b++)
                {
                    int at = (((t * size) + b) * nOut) + o;
                    targets[at] = T.CreateTruncating(batch.Targets[source + b]);
                    mask[at] = T.CreateTruncating(batch.Mask[source + b]);
                }
            }
        }

        ActivePairs = pairs;
    }

    private void Propagate(Batch batch)
    {
        int size = BatchSize, n = shape.HiddenSize, stride = Stride, block = size * stride, rows = Steps * size;
        for (int t = 0; t < Steps; t++)
        {
            CopyInputs(batch, t);
        }

        // a_t = [1 | u_t]·[b_rec | W_in]ᵀ for every step at once, then a_t += h_{t−1}·W_recᵀ (h_{−1} = 0) and h_t = σ(a_t).
        backend.Gemm(Transpose.NoTrans, Transpose.Trans, rows, n, stride - n, T.One, steps.AsSpan(n), stride, inputWeights, stride - n,
            T.Zero, preActivations, n);
        for (int t = 0; t < Steps; t++)
        {
            Span<T> a = preActivations.AsSpan(t * size * n, size * n);
            if (t > 0)
            {
                backend.Gemm(Transpose.NoTrans, Transpose.NoTrans, size, n, n, T.One, steps.AsSpan(t * block), stride, recurrentTransposed, n, T.One, a, n);
            }

            HiddenActivation.Apply(activation, beta, a, steps.AsSpan((t + 1) * block), size, n, stride);
        }

        for (int t = 0; t < Steps; t++)
        {
            if (!activeSteps[t])
            {
                continue;
            }

            int run = 1;
            while (t + run < Steps && activeSteps[t + run])
            {
                run++;
            }

            ComputeLogits(t, run);
            t += run - 1;
        }
    }

    /// <summary>Writes u_t into its step rows (input i of sequence b → column n_h + 1 + i of row t·B + b).</summary>
    private void CopyInputs(Batch batch, int t)
    {
        int size = BatchSize, nIn = shape.InputSize, offset = shape.HiddenSize + 1, stride = Stride;
        ref T rows = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(steps), (t * size * stride) + offset);
        ref double input = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(batch.Inputs), t * nIn * size);
        for (int i = 0; i < nIn; i++)
        {
            ref double source = ref Unsafe.Add(ref input, i * size);
            ref T target = ref Unsafe.Add(ref rows, i);
            for (int b = 0; b < size; b++)
            {
                Unsafe.Add(ref target, b * stride) = T.CreateTruncating(Unsafe.Add(ref source, b));
            }
        }
    }

    /// <summary>z = [h_t | 1]·[W_out | b_out]ᵀ for <paramref name="count"/> steps from <paramref name="first"/>, one GEMM.</summary>
    private void ComputeLogits(int first, int count)
    {
        int size = BatchSize, n = shape.HiddenSize, nOut = shape.OutputSize;
        backend.Gemm(Transpose.NoTrans, Transpose.Trans, count * size, nOut, n + 1, T.One, steps.AsSpan((first + 1) * size * Stride), Stride,
            OutputWeights, n + 1, T.Zero, logits.AsSpan(first * size * nOut), nOut);
    }

    private static void Require(Span<double> destination, long length)
    {
        if (destination.Length < length)
        {
            throw new ArgumentException($"The destination holds {destination.Length} values; {length} are needed.", nameof(destination));
        }
    }
}
