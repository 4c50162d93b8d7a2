using System.Numerics;

namespace RnnTools.Core.Model;

/// <summary>
/// An Elman RNN (training.md §1): its shape, activation, output function and one flat parameter vector in the
/// flattening order of <see cref="RnnShape"/>, in precision T (float, the default for training, or double).
/// </summary>
/// <typeparam name="T">float or double.</typeparam>
public sealed class RnnModel<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Creates a model with all parameters zero.</summary>
    public RnnModel(RnnShape shape, Activation activation, OutputFunction output, double activationBeta = 1.0)
        : this(shape, activation, output, activationBeta, new T[shape.ParameterCount])
    {
    }

    /// <summary>Creates a model over an existing parameter vector (not copied).</summary>
    /// <exception cref="ArgumentException">The vector's length is not the shape's parameter count.</exception>
    public RnnModel(RnnShape shape, Activation activation, OutputFunction output, double activationBeta, T[] parameters)
    {
        if (parameters.Length != shape.ParameterCount)
        {
            throw new ArgumentException($"A {shape} model has {shape.ParameterCount} parameters, not {parameters.Length}.", nameof(parameters));
        }

        Shape = shape;
        Activation = activation;
        OutputFunction = output;
        ActivationBeta = activationBeta;
        Parameters = parameters;
    }

    /// <summary>The sizes.</summary>
    public RnnShape Shape { get; }

    /// <summary>The hidden activation σ.</summary>
    public Activation Activation { get; }

    /// <summary>β of tanh and sigmoid (1 by default).</summary>
    public double ActivationBeta { get; }

    /// <summary>The output function F.</summary>
    public OutputFunction OutputFunction { get; }

    /// <summary>All parameters: [W_rec | W_in | W_out | b_rec | b_out].</summary>
    public T[] Parameters { get; }

    /// <summary>W_rec [n_h × n_h], row-major (row i = weights into hidden unit i).</summary>
    public Span<T> WRec => Parameters.AsSpan(Shape.WRecOffset, Shape.WRecLength);

    /// <summary>W_in [n_h × n_in], row-major.</summary>
    public Span<T> WIn => Parameters.AsSpan(Shape.WInOffset, Shape.WInLength);

    /// <summary>W_out [n_out × n_h], row-major.</summary>
    public Span<T> WOut => Parameters.AsSpan(Shape.WOutOffset, Shape.WOutLength);

    /// <summary>b_rec [n_h].</summary>
    public Span<T> BRec => Parameters.AsSpan(Shape.BRecOffset, Shape.HiddenSize);

    /// <summary>b_out [n_out].</summary>
    public Span<T> BOut => Parameters.AsSpan(Shape.BOutOffset, Shape.OutputSize);

    /// <summary>A deep copy.</summary>
    public RnnModel<T> Clone() => new(Shape, Activation, OutputFunction, ActivationBeta, (T[])Parameters.Clone());

    /// <summary>A copy in another precision (values converted by rounding to nearest).</summary>
    public RnnModel<TOther> Convert<TOther>()
        where TOther : unmanaged, IFloatingPointIeee754<TOther> =>
        new(Shape, Activation, OutputFunction, ActivationBeta, [.. Parameters.Select(TOther.CreateChecked)]);
}
