using System.Numerics;
using RnnTools.Core.Backends;
using RnnTools.Core.Tasks;

namespace RnnTools.Core.Engine;

/// <summary>
/// The Elman RNN engine (training.md §1–4, §11.1): batched forward passes, backpropagation through time and temporal
/// gradient components for one configuration, in precision T, on one compute backend. Workspaces are allocated once
/// and grow only when a longer or wider batch arrives; no time step allocates. An engine is not thread-safe.
/// </summary>
/// <typeparam name="T">float (the default for training) or double (gradient checks, diagnostics).</typeparam>
public sealed class RnnEngine<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly TemporalGradient<T> gradient;
    private ForwardResult<T>? probe;

    /// <summary>Creates an engine.</summary>
    /// <exception cref="Errors.RnnToolsException"><see cref="Errors.ErrorIds.InvalidHyperParameter"/> when the configuration is invalid.</exception>
    public RnnEngine(IComputeBackend backend, EngineConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentNullException.ThrowIfNull(configuration);
        configuration.Validate();
        Backend = backend;
        Configuration = configuration;
        gradient = new TemporalGradient<T>(backend, configuration);
    }

    /// <summary>The backend every GEMM runs on.</summary>
    public IComputeBackend Backend { get; }

    /// <summary>What the engine computes.</summary>
    public EngineConfiguration Configuration { get; }

    /// <summary>
    /// The loss, gradient and temporal components at <paramref name="parameters"/> (flat, in the flattening order
    /// [W_rec | W_in | W_out | b_rec | b_out]) on a batch. The result is overwritten by the next call.
    /// </summary>
    /// <param name="parameters">θ, P values.</param>
    /// <param name="batch">The batch; its sizes must match the configuration.</param>
    /// <param name="temporalNorms">
    /// Compute the per-step norms now. When the batch is large relative to the weights (B·r·c ≤ B²·(r + c)) the gradient
    /// is itself summed from per-step blocks, so the norms always come with it; otherwise (Gram strategy, e.g. music)
    /// this decides whether they are computed now or on first use.
    /// </param>
    /// <exception cref="ArgumentException">The parameter count or the batch sizes do not match.</exception>
    public TemporalGradient<T> Evaluate(ReadOnlySpan<T> parameters, Batch batch, bool temporalNorms = true)
    {
        gradient.Run(parameters, batch, temporalNorms);
        return gradient;
    }

    /// <summary>
    /// A forward pass only (loss, outputs, per-pair losses), e.g. for line searches at other parameters on the same
    /// batch. It uses its own workspace, so the last <see cref="Evaluate"/> result stays valid; the returned object is
    /// overwritten by the next call of this method.
    /// </summary>
    /// <exception cref="ArgumentException">The parameter count or the batch sizes do not match.</exception>
    public ForwardResult<T> Forward(ReadOnlySpan<T> parameters, Batch batch)
    {
        probe ??= new ForwardResult<T>(Backend, Configuration);
        probe.Run(parameters, batch, Span<T>.Empty);
        return probe;
    }

    /// <summary>The batch loss at <paramref name="parameters"/> (a forward pass; see <see cref="Forward"/>).</summary>
    public double Loss(ReadOnlySpan<T> parameters, Batch batch) => Forward(parameters, batch).Loss;
}
