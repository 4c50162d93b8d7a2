using System.Numerics;

namespace RnnTools.Core.Steps;

/// <summary>What a step rule sees at one iteration.</summary>
/// <typeparam name="T">float or double.</typeparam>
public readonly ref struct StepInput<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Creates the input.</summary>
    /// <param name="direction">d (length P).</param>
    /// <param name="gradient">The total gradient g at θ (length P), for ⟨g, d⟩.</param>
    /// <param name="loss">L(θ), the training-batch objective before the update.</param>
    /// <param name="probe">The trial-point loss, or null when the rule needs none.</param>
    /// <exception cref="ArgumentException">The direction and gradient lengths differ.</exception>
    public StepInput(ReadOnlySpan<T> direction, ReadOnlySpan<T> gradient, double loss, ILossProbe? probe)
    {
        if (direction.Length != gradient.Length)
        {
            throw new ArgumentException("The direction and the gradient must have the same length.", nameof(gradient));
        }

        Direction = direction;
        Gradient = gradient;
        Loss = loss;
        Probe = probe;
    }

    /// <summary>d.</summary>
    public ReadOnlySpan<T> Direction { get; }

    /// <summary>g at θ.</summary>
    public ReadOnlySpan<T> Gradient { get; }

    /// <summary>L(θ).</summary>
    public double Loss { get; }

    /// <summary>L(θ + s·d) on demand.</summary>
    public ILossProbe? Probe { get; }

    /// <summary>The probe, or an exception for a rule that cannot work without one.</summary>
    /// <exception cref="InvalidOperationException">No probe was given.</exception>
    public ILossProbe RequireProbe(string rule) =>
        Probe ?? throw new InvalidOperationException($"The step rule '{rule}' evaluates the loss at trial points and needs an ILossProbe.");
}
