using System.Numerics;
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
/// Internally every (t, b) pair is a row (row index t·B + b), so the B rows of a step are one contiguous block and
/// the input projection, the output layer and the weight gradients are single GEMMs over all T·B rows.
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
    private T[] inputs = [], targets = [], mask = [], preActivations = [], hidden = [], logits = [];
    private bool[] activeSteps = [];

    internal ForwardResult(IComputeBackend backend, EngineConfiguration configuration)
    {
        this.backend = backend;
        shape = configuration.Shape;
        activation = configuration.Activation;
        beta = T.CreateTruncating(configuration.ActivationBeta);
        lossFunction = new LossFunction<T>(configuration);
        Parameters = new T[shape.ParameterCount];
        InputWeights = new T[shape.HiddenSize * (shape.InputSize + 1)];
    }

    /// <summary>T, the number of steps of the batch.</summary>
    public int Steps { get; private set; }

    /// <summary>B, the number of sequences.</summary>
    public int BatchSize { get; private set; }

    /// <summary>N_A, the number of active (t, b) pairs (some output unmasked).</summary>
    public int ActivePairs { get; private set; }

    /// <summary>The batch loss L (training.md §3).</summary>
    public double Loss { get; private set; }

    /// <summary>A copy of the parameters the pass ran with.</summary>
    internal T[] Parameters { get; }

    /// <summary>[W_in | b_rec], n_h × (n_in + 1): the bias rides on the ones column of <see cref="Inputs"/>.</summary>
    internal T[] InputWeights { get; }

    /// <summary>Inputs, rows (t, b) of n_in values followed by a 1: T·B × (n_in + 1).</summary>
    internal T[] Inputs => inputs;

    /// <summary>Targets, T·B × n_out.</summary>
    internal T[] Targets => targets;

    /// <summary>The 0/1 mask, T·B × n_out.</summary>
    internal T[] Mask => mask;

    /// <summary>Whether step t has an active pair.</summary>
    internal bool[] ActiveSteps => activeSteps;

    /// <summary>The last step with an active pair, or −1.</summary>
    internal int LastActiveStep { get; private set; }

    /// <summary>Pre-activations a_t, T·B × n_h.</summary>
    internal T[] PreActivations => preActivations;

    /// <summary>Hidden states, (T + 1)·B × n_h: rows 0..B−1 hold h_{−1} = 0, step t starts at row (t + 1)·B.</summary>
    internal T[] Hidden => hidden;

    /// <summary>Logits z_t = W_out h_t + b_out, T·B × n_out.</summary>
    internal T[] Logits => logits;

    /// <summary>Writes y = F(z) for every step and sequence as double, in the batch layout (T, n_out, B).</summary>
    /// <exception cref="ArgumentException">The destination is shorter than T·n_out·B.</exception>
    public void CopyOutputs(Span<double> destination)
    {
        Require(destination, (long)Steps * shape.OutputSize * BatchSize);
        lossFunction.Outputs(this, destination);
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

    /// <summary>The normalisation inside the loss and every gradient term (1/B or 1/N_A).</summary>
    internal double LossScale => lossFunction.Scale(BatchSize, ActivePairs);

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
        Load(batch);
        Propagate();
        Loss = lossFunction.Evaluate(this, errors);
    }

    private void Load(Batch batch)
    {
        int steps = batch.Length, size = batch.BatchSize, rows = steps * size;
        int nIn = shape.InputSize, nOut = shape.OutputSize, n = shape.HiddenSize, stride = nIn + 1;
        (Steps, BatchSize) = (steps, size);
        Workspace.Ensure(ref inputs, (long)rows * stride);
        Workspace.Ensure(ref targets, (long)rows * nOut);
        Workspace.Ensure(ref mask, (long)rows * nOut);
        Workspace.Ensure(ref activeSteps, steps);
        Workspace.Ensure(ref preActivations, (long)rows * n);
        Workspace.Ensure(ref hidden, (long)(rows + size) * n);
        Workspace.Ensure(ref logits, (long)rows * nOut);

        int pairs = 0;
        LastActiveStep = -1;
        for (int t = 0; t < steps; t++)
        {
            activeSteps[t] = false;
            for (int b = 0; b < size; b++)
            {
                int row = (t * size) + b;
                for (int i = 0; i < nIn; i++)
                {
                    inputs[(row * stride) + i] = T.CreateTruncating(batch.Inputs[(((t * nIn) + i) * size) + b]);
                }

                inputs[(row * stride) + nIn] = T.One;
                bool pairActive = false;
                for (int o = 0; o < nOut; o++)
                {
                    int source = (((t * nOut) + o) * size) + b;
                    targets[(row * nOut) + o] = T.CreateTruncating(batch.Targets[source]);
                    mask[(row * nOut) + o] = T.CreateTruncating(batch.Mask[source]);
                    pairActive |= batch.Mask[source] != 0;
                }

                if (pairActive)
                {
                    pairs++;
                    activeSteps[t] = true;
                    LastActiveStep = t;
                }
            }
        }

        ActivePairs = pairs;
        ReadOnlySpan<T> wIn = Parameters.AsSpan(shape.WInOffset, shape.WInLength);
        ReadOnlySpan<T> bRec = Parameters.AsSpan(shape.BRecOffset, n);
        for (int j = 0; j < n; j++)
        {
            wIn.Slice(j * nIn, nIn).CopyTo(InputWeights.AsSpan(j * stride, nIn));
            InputWeights[(j * stride) + nIn] = bRec[j];
        }
    }

    private void Propagate()
    {
        int steps = Steps, size = BatchSize, rows = steps * size, n = shape.HiddenSize, nOut = shape.OutputSize, stride = shape.InputSize + 1;
        ReadOnlySpan<T> wRec = Parameters.AsSpan(shape.WRecOffset, shape.WRecLength);
        ReadOnlySpan<T> wOut = Parameters.AsSpan(shape.WOutOffset, shape.WOutLength);
        ReadOnlySpan<T> bOut = Parameters.AsSpan(shape.BOutOffset, nOut);

        // a_t = W_in u_t + b_rec for every step at once, then the recurrence a_t += W_rec h_{t−1}, h_t = σ(a_t).
        backend.Gemm(Transpose.NoTrans, Transpose.Trans, rows, n, stride, T.One, Inputs, stride, InputWeights, stride, T.Zero, PreActivations, n);
        Hidden.AsSpan(0, size * n).Clear();
        int block = size * n;
        for (int t = 0; t < steps; t++)
        {
            Span<T> a = PreActivations.AsSpan(t * block, block);
            if (t > 0)
            {
                backend.Gemm(Transpose.NoTrans, Transpose.Trans, size, n, n, T.One, Hidden.AsSpan(t * block, block), n, wRec, n, T.One, a, n);
            }

            HiddenActivation.Apply(activation, beta, a, Hidden.AsSpan((t + 1) * block, block));
        }

        // z = W_out h_t + b_out for every step at once; the bias is a rank-one update with the ones column of the inputs.
        backend.Gemm(Transpose.NoTrans, Transpose.Trans, rows, nOut, n, T.One, Hidden.AsSpan(block), n, wOut, n, T.Zero, Logits, nOut);
        backend.Gemm(Transpose.NoTrans, Transpose.NoTrans, rows, nOut, 1, T.One, Inputs.AsSpan(stride - 1), stride, bOut, nOut, T.One, Logits, nOut);
    }

    private static void Require(Span<double> destination, long length)
    {
        if (destination.Length < length)
        {
            throw new ArgumentException($"The destination holds {destination.Length} values; {length} are needed.", nameof(destination));
        }
    }
}
