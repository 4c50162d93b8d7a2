using System.Numerics;
using System.Numerics.Tensors;
using RnnTools.Core.Model;
using RnnTools.Core.Optimization;

namespace RnnTools.Core.Updates;

/// <summary>
/// <c>averaging</c>, Galvan's <c>FixedAveraging</c> with window t (training.md §10): an anchor sum S (starts θ₀) and a
/// counter k = 0. Each update computes θ' = θ + α·d; if k + 1 ≥ t − 1, θ ← (S + θ')/t, S ← θ, k ← 0; otherwise
/// S ← S + θ', θ ← θ', k ← k + 1. So every t − 1 updates the iterate becomes the mean of the previous average and the
/// t − 1 iterates since. After <see cref="Reset"/> or a change of P (growth): θ ← θ', S ← θ', k ← 0.
/// </summary>
/// <typeparam name="T">float or double.</typeparam>
public sealed class AveragingUpdate<T> : IUpdateRule<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly int window;
    private T[] anchor = [];
    private bool started;
    private bool restart;
    private int counter;

    /// <summary>Creates the rule.</summary>
    /// <param name="window">t ≥ 2.</param>
    public AveragingUpdate(int window)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 2);
        this.window = window;
    }

    /// <inheritdoc/>
    public string Name => "averaging";

    /// <inheritdoc/>
    public bool UsesLookAhead => false;

    /// <inheritdoc/>
    public void LookAhead(ReadOnlySpan<T> parameters, Span<T> point) => parameters.CopyTo(point);

    /// <inheritdoc/>
    public void Update(RnnShape shape, ReadOnlySpan<T> parameters, ReadOnlySpan<T> direction, double step, Span<T> result)
    {
        if (started && anchor.Length != parameters.Length)
        {
            restart = true;
        }

        if (!started)
        {
            anchor = parameters.ToArray();
            started = true;
        }

        TensorPrimitives.MultiplyAdd(direction, T.CreateTruncating(step), parameters, result);
        if (restart)
        {
            anchor = result.ToArray();
            counter = 0;
            restart = false;
        }
        else if (counter + 1 >= window - 1)
        {
            TensorPrimitives.Add<T>(anchor, result, result);
            TensorPrimitives.Divide(result, T.CreateTruncating(window), result);
            result.CopyTo(anchor);
            counter = 0;
        }
        else
        {
            TensorPrimitives.Add<T>(anchor, result, anchor);
            counter++;
        }
    }

    /// <inheritdoc/>
    public RuleState CaptureState() => RuleState.Empty
        .With("started", started ? 1 : 0).With("restart", restart ? 1 : 0).With("counter", counter)
        .With("anchor", StateVectors.ToDoubles<T>(anchor));

    /// <inheritdoc/>
    public void RestoreState(RuleState state)
    {
        started = state.Scalar("started") != 0;
        restart = state.Scalar("restart") != 0;
        counter = (int)state.Scalar("counter");
        anchor = StateVectors.FromDoubles<T>(state.Vector("anchor"));
    }

    /// <summary>Clears the accumulator: the next update restarts it from θ'.</summary>
    public void Reset()
    {
        if (started)
        {
            restart = true;
        }
    }
}
