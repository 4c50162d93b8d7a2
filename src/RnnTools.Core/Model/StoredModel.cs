using System.Numerics;

namespace RnnTools.Core.Model;

/// <summary>
/// A model as a file holds it: the network, the precision of its values and its metadata. The values are kept as
/// doubles; a <see cref="Precision.Float32"/> model holds only values that are exactly floats, so converting it to
/// <c>RnnModel&lt;float&gt;</c> is exact and a float32 model round-trips bit for bit.
/// </summary>
public sealed class StoredModel
{
    /// <summary>Creates a stored model; with <see cref="Precision.Float32"/> the values are rounded to float.</summary>
    public StoredModel(RnnModel<double> model, Precision precision, ModelMetadata? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = precision == Precision.Float32 ? model.Convert<float>().Convert<double>() : model;
        Precision = precision;
        Metadata = metadata ?? ModelMetadata.None;
    }

    /// <summary>The network, with its values widened to double (exactly, for a float32 model).</summary>
    public RnnModel<double> Model { get; }

    /// <summary>The precision of the stored values.</summary>
    public Precision Precision { get; }

    /// <summary>Seed, task, iteration and statistics recorded with the model.</summary>
    public ModelMetadata Metadata { get; }

    /// <summary>n_in (shown by the PowerShell format view).</summary>
    public int InputSize => Model.Shape.InputSize;

    /// <summary>n_h.</summary>
    public int HiddenSize => Model.Shape.HiddenSize;

    /// <summary>n_out.</summary>
    public int OutputSize => Model.Shape.OutputSize;

    /// <summary>The hidden activation.</summary>
    public Activation Activation => Model.Activation;

    /// <summary>The output function.</summary>
    public OutputFunction OutputFunction => Model.OutputFunction;

    /// <summary>A stored model of a network in its own precision (float → Float32, double → Float64).</summary>
    public static StoredModel From<T>(RnnModel<T> model, ModelMetadata? metadata = null)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        new(model.Convert<double>(), PrecisionOf<T>(), metadata);

    /// <summary>The precision that a value type stands for.</summary>
    /// <exception cref="NotSupportedException">T is neither float nor double.</exception>
    public static Precision PrecisionOf<T>() =>
        typeof(T) == typeof(float) ? Precision.Float32
        : typeof(T) == typeof(double) ? Precision.Float64
        : throw new NotSupportedException($"Models are float or double, not {typeof(T).Name}.");

    /// <summary>The network in precision T (exact when T is the stored precision or wider).</summary>
    public RnnModel<T> As<T>()
        where T : unmanaged, IFloatingPointIeee754<T> => Model.Convert<T>();
}
