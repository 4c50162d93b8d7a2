using RnnTools.Core.Errors;
using RnnTools.Core.Model;

namespace RnnTools.Core.Operations.Performance;

/// <summary>
/// A benchmark workload: the sizes of one training iteration (forward, BPTT, per-step temporal norms, clipping, SGD
/// update, float32) on a random batch from a fixed seed.
/// </summary>
/// <param name="Name">The name used by <c>--workload</c>.</param>
/// <param name="Shape">n_in, n_h, n_out.</param>
/// <param name="Length">T.</param>
/// <param name="BatchSize">B.</param>
/// <param name="OutputFunction">Softmax (cross-entropy), linear (squared error) or logistic (binary cross-entropy).</param>
/// <param name="EveryStep">Whether the loss covers every step (music) or only the last.</param>
/// <param name="ClipThreshold">τ of the gradient clipping (1 synthetic, 3 music).</param>
public sealed record PerformanceWorkload(string Name, RnnShape Shape, int Length, int BatchSize, OutputFunction OutputFunction, bool EveryStep,
    double ClipThreshold)
{
    /// <summary>The four standard workloads.</summary>
    public static IReadOnlyList<PerformanceWorkload> Standard { get; } =
    [
        new("temporal-order-100", new RnnShape(6, 50, 4), 100, 100, OutputFunction.Softmax, false, 1),
        new("addition-100", new RnnShape(2, 50, 1), 100, 100, OutputFunction.Linear, false, 1),
        new("temporal-order-200", new RnnShape(6, 50, 4), 200, 100, OutputFunction.Softmax, false, 1),
        new("music-300", new RnnShape(88, 300, 88), 300, 20, OutputFunction.Logistic, true, 3),
    ];

    /// <summary>Multiply-adds ×2 of the plain gradient: forward, backpropagation and weight gradients, 6·T·B·(n_h² + n_h·n_in + n_h·n_out).</summary>
    public double FlopsPerIteration => 6.0 * Length * BatchSize * Shape.HiddenSize * (Shape.HiddenSize + Shape.InputSize + Shape.OutputSize);

    /// <summary>Finds a standard workload by name (case-insensitive).</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidHyperParameter"/> naming <c>Workload</c>.</exception>
    public static PerformanceWorkload Find(string name) =>
        Standard.FirstOrDefault(w => string.Equals(w.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw RnnToolsException.InvalidParameter("Workload", $"'{name}' is not a workload; use one of {string.Join(", ", Standard.Select(w => w.Name))}.");
}
