using RnnTools.Core.Model;

namespace RnnTools.Core.Gradients;

/// <summary>Where a variable block lies in the flat parameter vector, without allocating (unlike <see cref="RnnShape.Variables"/>).</summary>
public static class BlockRange
{
    /// <summary>The offset and length of <paramref name="block"/> in the flattening order of <paramref name="shape"/>.</summary>
    public static (int Offset, int Length) Of(RnnShape shape, VariableBlock block) => block switch
    {
        VariableBlock.WRec => (shape.WRecOffset, shape.WRecLength),
        VariableBlock.WIn => (shape.WInOffset, shape.WInLength),
        VariableBlock.WOut => (shape.WOutOffset, shape.WOutLength),
        VariableBlock.BRec => (shape.BRecOffset, shape.HiddenSize),
        VariableBlock.BOut => (shape.BOutOffset, shape.OutputSize),
        _ => throw new ArgumentOutOfRangeException(nameof(block)),
    };
}
