using System.Numerics;
using RnnTools.Core.Initialization;
using RnnTools.Core.Model;

namespace RnnTools.Core.Growth;

/// <summary>
/// The resize of training.md §12: all five variables are generated at the new size with the run's initialiser, then the
/// old W_rec is copied into the top-left block, the old W_in into the first rows, the old W_out into the first columns,
/// the old b_rec into the first entries, and the old b_out whole (W_rec is not rescaled). The caller then resets its
/// stateful rules (<see cref="Optimization.IStatefulRule.Reset"/>).
/// <b>Deviation:</b> b_out is kept (the original re-initialised it).
/// </summary>
public static class ModelGrowth
{
    /// <summary>A model of <paramref name="hiddenSize"/> units that extends <paramref name="model"/>.</summary>
    /// <param name="model">The model to grow (any precision); unchanged.</param>
    /// <param name="initializer">The run's initialiser; its streams continue.</param>
    /// <param name="hiddenSize">The new n_h ≥ the current one.</param>
    /// <exception cref="ArgumentOutOfRangeException">The new size is smaller than the current one.</exception>
    public static RnnModel<T> Grow<T>(RnnModel<T> model, ModelInitializer initializer, int hiddenSize)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        RnnShape old = model.Shape;
        ArgumentOutOfRangeException.ThrowIfLessThan(hiddenSize, old.HiddenSize);
        RnnShape shape = old with { HiddenSize = hiddenSize };
        RnnModel<double> fresh = initializer.Generate(shape, model.OutputFunction);
        var grown = new RnnModel<T>(shape, model.Activation, model.OutputFunction, model.ActivationBeta, [.. fresh.Parameters.Select(T.CreateTruncating)]);
        int n = old.HiddenSize;
        for (int i = 0; i < n; i++)
        {
            model.WRec.Slice(i * n, n).CopyTo(grown.WRec.Slice(i * hiddenSize, n));
        }

        model.WIn.CopyTo(grown.WIn);
        for (int o = 0; o < old.OutputSize; o++)
        {
            model.WOut.Slice(o * n, n).CopyTo(grown.WOut.Slice(o * hiddenSize, n));
        }

        model.BRec.CopyTo(grown.BRec);
        model.BOut.CopyTo(grown.BOut);
        return grown;
    }
}
