using RnnTools.Core.Random;

namespace RnnTools.Core.Initialization;

/// <summary>
/// <c>xavier-*</c>, <c>glorot-avg-*</c> and <c>he-*</c> (training.md §6.2): Normal(0, std) or U[−a, a) with the
/// standard deviation or bound of the table, from fan_in = columns and fan_out = rows.
/// </summary>
/// <param name="rule">The variance rule.</param>
/// <param name="uniform">True for the <c>-uniform</c> form, false for <c>-normal</c>.</param>
/// <param name="random">The stream this initialiser owns.</param>
public sealed class FanScaledInitializer(FanRule rule, bool uniform, NumpyRandomState random) : IMatrixInitializer
{
    /// <inheritdoc/>
    public void Fill(Span<double> destination, MatrixTarget target)
    {
        double fanIn = target.Columns, fanOut = target.Rows;
        double width = (rule, uniform) switch
        {
            (FanRule.Xavier, false) => 1.0 / Math.Sqrt(fanIn),
            (FanRule.Xavier, true) => Math.Sqrt(3.0 / fanIn),
            (FanRule.GlorotAverage, false) => Math.Sqrt(2.0 / (fanIn + fanOut)),
            (FanRule.GlorotAverage, true) => Math.Sqrt(6.0 / (fanIn + fanOut)),
            (FanRule.He, false) => Math.Sqrt(2.0 / fanIn),
            _ => Math.Sqrt(6.0 / fanIn),
        };
        for (int i = 0; i < target.Length; i++)
        {
            destination[i] = uniform ? random.Uniform(-width, width) : random.Normal(0.0, width);
        }
    }
}
