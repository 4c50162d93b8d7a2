using RnnTools.Core.Diagnostics;
using RnnTools.Core.Errors;
using RnnTools.Core.Random;

namespace RnnTools.Core.Model;

/// <summary>
/// The thesis initialisation (training.md §6.4, preset <c>galvan</c>): W_rec drawn from N(0, std²) and rescaled to a
/// spectral radius ρ; W_in and W_out from N(0, 0.1²); zero biases. Each initialiser owns a NumPy-compatible stream
/// seeded with the run seed, in the order W_rec, W_in, W_out, so all three start from the same normal sequence.
/// </summary>
public static class GalvanInitialization
{
    /// <summary>The standard deviation of the inner Gaussian of W_rec (0.14 for galvan-muse).</summary>
    public const double DefaultInnerStd = 0.1;

    /// <summary>The standard deviation of W_in and W_out.</summary>
    public const double WeightStd = 0.1;

    /// <summary>The thesis' spectral radius.</summary>
    public const double DefaultSpectralRadius = 1.2;

    /// <summary>Creates an initialised model in double precision.</summary>
    /// <param name="shape">The sizes.</param>
    /// <param name="activation">The hidden activation.</param>
    /// <param name="output">The output function.</param>
    /// <param name="spectralRadius">ρ that W_rec is rescaled to (&gt; 0).</param>
    /// <param name="seed">The run seed of every initialiser stream.</param>
    /// <param name="innerStd">The standard deviation of W_rec before rescaling.</param>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidHyperParameter"/> when the inner matrix has no usable spectral radius.</exception>
    public static RnnModel<double> Create(RnnShape shape, Activation activation, OutputFunction output, double spectralRadius, uint seed,
        double innerStd = DefaultInnerStd)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var model = new RnnModel<double>(shape, activation, output);
        Fill(model.WRec, seed, innerStd);
        double radius = SpectralStatistics.SpectralRadius<double>(model.WRec, shape.HiddenSize);
        if (!double.IsFinite(radius) || radius == 0)
        {
            throw RnnToolsException.InvalidParameter("SpectralRadius",
                $"the inner Gaussian matrix (seed {seed}) has spectral radius {radius}, so it cannot be rescaled.");
        }

        double scale = spectralRadius / radius;
        foreach (ref double value in model.WRec)
        {
            value *= scale;
        }

        Fill(model.WIn, seed, WeightStd);
        Fill(model.WOut, seed, WeightStd);
        return model;
    }

    private static void Fill(Span<double> values, uint seed, double std)
    {
        var stream = new NumpyRandomState(seed);
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = stream.Normal(0, std);
        }
    }
}
