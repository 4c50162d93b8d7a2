using System.Numerics;
using System.Numerics.Tensors;
using RnnTools.Core.Gradients;
using RnnTools.Core.Model;
using RnnTools.Core.Optimization;

namespace RnnTools.Core.Updates;

/// <summary>
/// <c>cyclic</c> block update (training.md §10): block j = (update counter mod 5) in the order W_rec, W_in, W_out,
/// b_rec, b_out; only that block of α·d is applied, and the counter advances at every update.
/// <b>Deviation:</b> the original's counter never advanced, so only W_rec was ever updated.
/// </summary>
/// <typeparam name="T">float or double.</typeparam>
public sealed class CyclicUpdate<T> : IUpdateRule<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private long counter;

    /// <inheritdoc/>
    public string Name => "cyclic";

    /// <inheritdoc/>
    public bool UsesLookAhead => false;

    /// <inheritdoc/>
    public void LookAhead(ReadOnlySpan<T> parameters, Span<T> point) => parameters.CopyTo(point);

    /// <inheritdoc/>
    public void Update(RnnShape shape, ReadOnlySpan<T> parameters, ReadOnlySpan<T> direction, double step, Span<T> result)
    {
        (int offset, int length) = BlockRange.Of(shape, (VariableBlock)(counter % 5));
        parameters.CopyTo(result);
        TensorPrimitives.MultiplyAdd(direction.Slice(offset, length), T.CreateTruncating(step), parameters.Slice(offset, length), result.Slice(offset, length));
        counter++;
    }

    /// <inheritdoc/>
    public RuleState CaptureState() => RuleState.Empty.With("counter", counter);

    /// <inheritdoc/>
    public void RestoreState(RuleState state) => counter = (long)state.Scalar("counter");

    /// <summary>Nothing to clear: the counter continues across growth.</summary>
    public void Reset()
    {
    }
}
