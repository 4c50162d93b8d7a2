using System.Numerics;
using System.Numerics.Tensors;
using RnnTools.Core.Model;
using RnnTools.Core.Optimization;

namespace RnnTools.Core.Updates;

/// <summary>
/// The state shared by the momentum rules: a velocity v (v₀ = 0, reallocated as zero when P changes) and the update
/// counter k that drives the schedule.
/// </summary>
/// <typeparam name="T">float or double.</typeparam>
public abstract class VelocityUpdate<T> : IUpdateRule<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly double momentum;
    private readonly MomentumSchedule schedule;
    private T[] velocity = [];

    /// <summary>Creates the rule.</summary>
    /// <param name="momentum">γ or μ (μ_max or μ₀ under a schedule), in [0, 1).</param>
    /// <param name="schedule">How μ evolves with k.</param>
    protected VelocityUpdate(double momentum, MomentumSchedule schedule)
    {
        this.momentum = momentum;
        this.schedule = schedule;
    }

    /// <inheritdoc/>
    public abstract string Name { get; }

    /// <inheritdoc/>
    public abstract bool UsesLookAhead { get; }

    /// <summary>The number of updates made (k).</summary>
    public long Updates { get; private set; }

    /// <summary>μ_k of the next update.</summary>
    public double CurrentMomentum => schedule.At(momentum, Updates);

    /// <inheritdoc/>
    public abstract void LookAhead(ReadOnlySpan<T> parameters, Span<T> point);

    /// <summary>v ← μ_k·v + α·d; θ_new = θ + v; k ← k + 1.</summary>
    public void Update(RnnShape shape, ReadOnlySpan<T> parameters, ReadOnlySpan<T> direction, double step, Span<T> result)
    {
        Span<T> v = Velocity(parameters.Length);
        TensorPrimitives.Multiply(v, T.CreateTruncating(CurrentMomentum), v);
        TensorPrimitives.MultiplyAdd(direction, T.CreateTruncating(step), v, v);
        TensorPrimitives.Add(parameters, v, result);
        Updates++;
    }

    /// <inheritdoc/>
    public RuleState CaptureState() => RuleState.Empty.With("updates", Updates).With("velocity", StateVectors.ToDoubles<T>(velocity));

    /// <inheritdoc/>
    public void RestoreState(RuleState state)
    {
        Updates = (long)state.Scalar("updates");
        velocity = StateVectors.FromDoubles<T>(state.Vector("velocity"));
    }

    /// <summary>Sets the velocity to zero (growth); the counter continues.</summary>
    public void Reset() => Array.Clear(velocity);

    /// <summary>The velocity, as zero when P changed.</summary>
    protected Span<T> Velocity(int length)
    {
        if (velocity.Length != length)
        {
            velocity = new T[length];
        }

        return velocity;
    }
}
