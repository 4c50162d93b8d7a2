using RnnTools.Core.Model;
using RnnTools.Core.Random;

namespace RnnTools.Core.Initialization;

/// <summary>
/// The <c>pascanu-*</c> presets (training.md §6.4, pascanur/trainingRNNs): one stream for everything, in Pascanu's draw
/// order and row convention: W_uh [n_in × n_h], W_hh [n_h × n_h] (smart-tanh: then one permutation of n_h per row,
/// entries outside its first 15 positions zeroed, W_hh ← float32(0.95·W_hh/ρ)), W_hy [n_h × n_out]. Transposed into
/// W_in, W_rec and W_out; biases 0.
/// </summary>
internal sealed class PascanuPresetInitializer
{
    private const int KeptPerUnit = 15;
    private const double SmartRadius = 0.95;
    private readonly InitPreset preset;
    private readonly NumpyRandomState random;

    /// <summary>Creates the preset's initialiser over its one stream.</summary>
    public PascanuPresetInitializer(InitPreset preset, NumpyRandomState random)
    {
        if (preset is not (InitPreset.PascanuSigmoid or InitPreset.PascanuBasicTanh or InitPreset.PascanuSmartTanh))
        {
            throw new ArgumentException($"{preset} is not a Pascanu preset.", nameof(preset));
        }

        this.preset = preset;
        this.random = random;
    }

    /// <summary>Fills W_rec, W_in and W_out of <paramref name="model"/> and zeroes its biases.</summary>
    public void Fill(RnnModel<double> model)
    {
        int nIn = model.Shape.InputSize, nHidden = model.Shape.HiddenSize, nOut = model.Shape.OutputSize;
        double std = preset == InitPreset.PascanuBasicTanh ? 0.1 : 0.01;
        DrawTransposed(model.WIn, nIn, nHidden, std);
        double[] wHh = new double[nHidden * nHidden];
        for (int i = 0; i < wHh.Length; i++)
        {
            wHh[i] = random.Normal(0.0, std);
        }

        if (preset == InitPreset.PascanuSmartTanh)
        {
            Sparsify(wHh, nHidden);
        }

        Transpose(wHh, nHidden, nHidden, model.WRec);
        DrawTransposed(model.WOut, nHidden, nOut, std);
        model.BRec.Clear();
        model.BOut.Clear();
    }

    private void Sparsify(double[] wHh, int n)
    {
        for (int row = 0; row < n; row++)
        {
            int[] order = random.Permutation(n);
            for (int i = KeptPerUnit; i < n; i++)
            {
                wHh[(row * n) + order[i]] = 0;
            }
        }

        double radius = SpectralRadius.Of(wHh, n);
        for (int i = 0; i < wHh.Length; i++)
        {
            wHh[i] = (float)(SmartRadius * wHh[i] / radius);
        }
    }

    private void DrawTransposed(Span<double> destination, int rows, int columns, double std)
    {
        double[] drawn = new double[rows * columns];
        for (int i = 0; i < drawn.Length; i++)
        {
            drawn[i] = random.Normal(0.0, std);
        }

        Transpose(drawn, rows, columns, destination);
    }

    private static void Transpose(ReadOnlySpan<double> source, int rows, int columns, Span<double> destination)
    {
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < columns; j++)
            {
                destination[(j * rows) + i] = source[(i * columns) + j];
            }
        }
    }
}
