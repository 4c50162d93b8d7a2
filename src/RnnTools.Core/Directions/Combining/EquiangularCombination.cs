using System.Numerics;
using RnnTools.Core.Errors;
using RnnTools.Core.Gradients;
using RnnTools.Core.Optimization;

namespace RnnTools.Core.Directions.Combining;

/// <summary>
/// <c>equiangular</c> (training.md §7): with G the normalised rows of H (T ≤ P, rank T), v = c_eq·Gᵀb with
/// b = (G Gᵀ)⁻¹𝟙 and c_eq = 1/√(Σb): a unit vector at the same cosine c_eq with every normalised component; norm
/// preservation then scales it to ‖g‖. A rank-deficient G or Σb ≤ 0 gives g, flagged. Needs the materialised H
/// (T·P values per call, plus MathNet's QR workspace). Separate mode solves per block (W_rec without step 0, W_in,
/// b_rec; a block that fails takes its plain sum, flagged) and sums W_out and b_out.
/// </summary>
/// <typeparam name="T">float or double.</typeparam>
/// <param name="settings">Trust threshold, norm preservation, separate mode.</param>
public sealed class EquiangularCombination<T>(CombinationSettings settings) : ICombiningRule<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private static readonly VariableBlock[] RuleBlocks = [VariableBlock.WRec, VariableBlock.WIn, VariableBlock.BRec];
    private readonly GrowOnlyBuffer<T> matrix = new();
    private readonly GrowOnlyBuffer<double> weights = new();

    /// <inheritdoc/>
    public string Name => "equiangular";

    /// <inheritdoc/>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidHyperParameter"/> naming <c>Direction</c>: H is too large to materialise.</exception>
    public CombinationInfo Combine(ITemporalComponents<T> components, Span<T> destination)
    {
        int steps = components.Steps, p = components.Shape.ParameterCount;
        if (!components.CanMaterialize)
        {
            throw RnnToolsException.InvalidParameter(
                "Direction", $"'combined:equiangular' needs the {steps} × {p} matrix H, which is too large to hold in memory.");
        }

        Span<T> h = matrix.Get(steps * p);
        components.Materialize(h);
        Span<double> w = weights.Get(5 * steps);
        double normSum = 0, cosSum = 0;
        int rows = 0, solved = 0;
        bool fallback = false;
        if (settings.SeparateBlocks)
        {
            foreach (VariableBlock block in RuleBlocks)
            {
                (int offset, int length) = BlockRange.Of(components.Shape, block);
                int first = block == VariableBlock.WRec ? Math.Min(1, steps) : 0;
                Span<double> blockWeights = w.Slice((int)block * steps, steps);
                blockWeights[..first].Clear();
                double cos = Solve(h, p, offset, length, components.BlockNorms(block), first, blockWeights[first..], ref normSum);
                rows += steps - first;
                if (double.IsNaN(cos))
                {
                    blockWeights.Fill(1.0);
                    fallback = true;
                }
                else
                {
                    cosSum += cos;
                    solved++;
                }
            }

            w.Slice((int)VariableBlock.WOut * steps, steps).Fill(1.0);
            w.Slice((int)VariableBlock.BOut * steps, steps).Fill(1.0);
        }
        else
        {
            double cos = Solve(h, p, 0, p, components.Norms, 0, w[..steps], ref normSum);
            rows = steps;
            if (double.IsNaN(cos))
            {
                components.Gradient.CopyTo(destination);
                return new CombinationInfo(normSum / Math.Max(rows, 1), null, true);
            }

            cosSum = cos;
            solved = 1;
            for (int block = 1; block < 5; block++)
            {
                w[..steps].CopyTo(w.Slice(block * steps, steps));
            }
        }

        components.Combine(w, destination);
        fallback |= settings.NormPreservation && NormPreservation.Apply(destination, components.Gradient);
        return new CombinationInfo(normSum / Math.Max(rows, 1), solved > 0 ? cosSum / solved : null, fallback);
    }

    /// <inheritdoc/>
    public RuleState CaptureState() => RuleState.Empty;

    /// <inheritdoc/>
    public void RestoreState(RuleState state)
    {
    }

    /// <inheritdoc/>
    public void Reset()
    {
    }

    /// <summary>
    /// Solves the system for rows <paramref name="first"/>..T−1 of the column range [offset, offset + length) of H and
    /// writes the weights c_eq·b_t/‖row‖ to <paramref name="rowWeights"/>; returns c_eq or NaN.
    /// </summary>
    private double Solve(ReadOnlySpan<T> h, int p, int offset, int length, ReadOnlySpan<double> norms, int first, Span<double> rowWeights, ref double normSum)
    {
        int n = rowWeights.Length;
        double[] g = new double[n * length];
        for (int i = 0; i < n; i++)
        {
            double norm = norms[first + i];
            bool trusted = RowNormalization.Trusted(norm, settings.TrustThreshold);
            double scale = trusted ? 1.0 / norm : 1.0;
            normSum += trusted ? 1.0 : norm;
            ReadOnlySpan<T> row = h.Slice(((first + i) * p) + offset, length);
            for (int j = 0; j < length; j++)
            {
                g[(i * length) + j] = double.CreateTruncating(row[j]) * scale;
            }
        }

        double cos = EquiangularSolver.Solve(g, n, length, rowWeights);
        if (!double.IsNaN(cos))
        {
            for (int i = 0; i < n; i++)
            {
                double norm = norms[first + i];
                rowWeights[i] *= RowNormalization.Trusted(norm, settings.TrustThreshold) ? cos / norm : cos;
            }
        }

        return cos;
    }
}
