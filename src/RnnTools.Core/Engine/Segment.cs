using RnnTools.Core.Gradients;

namespace RnnTools.Core.Engine;

/// <summary>One variable inside a component group: the columns of the step rows it multiplies and where it sits in θ.</summary>
/// <param name="Block">The variable.</param>
/// <param name="Column">First column of the step rows (= first row of the group's transposed block).</param>
/// <param name="Width">Columns it spans (1 for a bias).</param>
/// <param name="Offset">Offset of the variable in the flat parameter vector.</param>
internal readonly record struct Segment(VariableBlock Block, int Column, int Width, int Offset);
