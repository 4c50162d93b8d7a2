using System.Numerics;
using RnnTools.Core.Errors;
using RnnTools.Core.Model;

namespace RnnTools.Core.Engine;

/// <summary>
/// What an <see cref="RnnEngine{T}"/> computes: the sizes, the hidden activation, the output function and the loss
/// (training.md §1–3), plus the memory limits that decide how temporal components are kept.
/// </summary>
/// <param name="Shape">n_in, n_h, n_out.</param>
/// <param name="Activation">The hidden activation σ.</param>
/// <param name="OutputFunction">The output function F.</param>
/// <param name="Loss">The loss; cross-entropy needs softmax and binary cross-entropy needs logistic outputs.</param>
public sealed record EngineConfiguration(RnnShape Shape, Activation Activation, OutputFunction OutputFunction, LossKind Loss)
{
    /// <summary>β of tanh and sigmoid (training.md §1.3).</summary>
    public double ActivationBeta { get; init; } = 1.0;

    /// <summary>Galvan's 1e−10 inside the logarithms of binary cross-entropy (training.md §3.3); 0 computes it from the logits.</summary>
    public double BceEpsilon { get; init; }

    /// <summary>The largest T·P (entries of H) that <see cref="TemporalGradient{T}.Materialize"/> may write (default 2²⁴).</summary>
    public long MaterializeLimit { get; init; } = 1L << 24;

    /// <summary>The largest number of entries of per-step weight blocks the engine keeps between calls (default 2²³).</summary>
    public long BlockStorageLimit { get; init; } = 1L << 23;

    /// <summary>The configuration of a model with the loss its output function implies (<see cref="DefaultLoss"/>).</summary>
    public static EngineConfiguration For<T>(RnnModel<T> model)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(model);
        return new EngineConfiguration(model.Shape, model.Activation, model.OutputFunction, DefaultLoss(model.OutputFunction))
        {
            ActivationBeta = model.ActivationBeta,
        };
    }

    /// <summary>The loss of an output function: linear → squared error, softmax → cross-entropy, logistic → binary cross-entropy.</summary>
    public static LossKind DefaultLoss(OutputFunction output) => output switch
    {
        OutputFunction.Linear => LossKind.SquaredError,
        OutputFunction.Softmax => LossKind.CrossEntropy,
        OutputFunction.Logistic => LossKind.BinaryCrossEntropy,
        _ => throw new ArgumentOutOfRangeException(nameof(output), output, "Unknown output function."),
    };

    /// <summary>Checks that the loss fits the output function and the numbers are in range.</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidHyperParameter"/> naming the parameter.</exception>
    public void Validate()
    {
        foreach ((string name, int size) in new[] { ("InputSize", Shape.InputSize), ("HiddenSize", Shape.HiddenSize), ("OutputSize", Shape.OutputSize) })
        {
            if (size < 1)
            {
                throw RnnToolsException.InvalidParameter(name, $"must be at least 1 (got {size}).");
            }
        }

        if (Loss == LossKind.CrossEntropy && OutputFunction != OutputFunction.Softmax)
        {
            throw RnnToolsException.InvalidParameter("OutputFunction", "cross-entropy needs the softmax output function.");
        }

        if (Loss == LossKind.BinaryCrossEntropy && OutputFunction != OutputFunction.Logistic)
        {
            throw RnnToolsException.InvalidParameter("OutputFunction", "binary cross-entropy needs the logistic output function.");
        }

        if (!double.IsFinite(ActivationBeta) || ActivationBeta <= 0)
        {
            throw RnnToolsException.InvalidParameter("ActivationBeta", $"must be a positive number (got {ActivationBeta}).");
        }

        if (!double.IsFinite(BceEpsilon) || BceEpsilon < 0 || BceEpsilon >= 0.5 || (BceEpsilon > 0 && Loss != LossKind.BinaryCrossEntropy))
        {
            throw RnnToolsException.InvalidParameter("BceEpsilon", "must be 0, or in (0, 0.5) with binary cross-entropy.");
        }
    }
}
