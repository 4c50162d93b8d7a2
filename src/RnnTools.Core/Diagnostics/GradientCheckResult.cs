using RnnTools.Core.Gradients;

namespace RnnTools.Core.Diagnostics;

/// <summary>
/// The largest relative error between the analytic and the finite-difference gradient, per variable: max_i |a_i − f_i|
/// divided by the larger of the block's largest entry and 1e−3 of the whole gradient's largest entry.
/// </summary>
/// <param name="WRec">Error on W_rec.</param>
/// <param name="WIn">Error on W_in.</param>
/// <param name="WOut">Error on W_out.</param>
/// <param name="BRec">Error on b_rec.</param>
/// <param name="BOut">Error on b_out.</param>
public sealed record GradientCheckResult(double WRec, double WIn, double WOut, double BRec, double BOut)
{
    /// <summary>The largest of the five errors (NaN if any is NaN).</summary>
    public double Max => new[] { WRec, WIn, WOut, BRec, BOut }.Aggregate((a, b) => double.IsNaN(a) || double.IsNaN(b) ? double.NaN : Math.Max(a, b));

    /// <summary>The error of one variable.</summary>
    public double Of(VariableBlock block) => block switch
    {
        VariableBlock.WRec => WRec,
        VariableBlock.WIn => WIn,
        VariableBlock.WOut => WOut,
        VariableBlock.BRec => BRec,
        _ => BOut,
    };
}
