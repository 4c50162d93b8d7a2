using System.Numerics;
using RnnTools.Core.Gradients;

namespace RnnTools.Core.Directions;

/// <summary>
/// What a direction rule sees at one iteration: the temporal components of the loss (H and g = Σ_t H_t), the total
/// gradient g + r, the regularisation term r alone, and the parameters θ at which everything was evaluated (the
/// look-ahead point under Nesterov). r = ∇R (L1/L2, training.md §11.3) plus α_Ω·∂⁺Ω when the loop adds them.
/// </summary>
/// <typeparam name="T">float or double.</typeparam>
public readonly ref struct DirectionInput<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Creates the input.</summary>
    /// <param name="components">H and the loss gradient g (flattening order).</param>
    /// <param name="gradient">The total gradient g + r (length P); the loss gradient itself when there is no regulariser.</param>
    /// <param name="regularization">r (length P), or empty when there is no regulariser.</param>
    /// <param name="parameters">θ (length P).</param>
    /// <exception cref="ArgumentException">A length is not P.</exception>
    public DirectionInput(ITemporalComponents<T> components, ReadOnlySpan<T> gradient, ReadOnlySpan<T> regularization, ReadOnlySpan<T> parameters)
    {
        int p = components.Shape.ParameterCount;
        if (gradient.Length != p || parameters.Length != p || (regularization.Length != 0 && regularization.Length != p))
        {
            throw new ArgumentException($"The gradient, parameters and regularisation term must have the model's {p} entries.");
        }

        Components = components;
        Gradient = gradient;
        Regularization = regularization;
        Parameters = parameters;
    }

    /// <summary>Creates the input of an unregularised loss: the gradient is the components' own.</summary>
    public DirectionInput(ITemporalComponents<T> components, ReadOnlySpan<T> parameters)
        : this(components, components.Gradient, [], parameters)
    {
    }

    /// <summary>H and the loss gradient.</summary>
    public ITemporalComponents<T> Components { get; }

    /// <summary>The total gradient g + r.</summary>
    public ReadOnlySpan<T> Gradient { get; }

    /// <summary>The regularisation term r (empty when none).</summary>
    public ReadOnlySpan<T> Regularization { get; }

    /// <summary>θ.</summary>
    public ReadOnlySpan<T> Parameters { get; }
}
