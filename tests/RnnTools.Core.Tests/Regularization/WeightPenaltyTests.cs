using RnnTools.Core.Errors;
using RnnTools.Core.Model;
using RnnTools.Core.Regularization;

namespace RnnTools.Core.Tests.Regularization;

public sealed class WeightPenaltyTests
{
    private static readonly RnnShape Tiny = new(1, 1, 1); // [W_rec | W_in | W_out | b_rec | b_out]
    private static readonly double[] Theta = [2, -3, 0, 4, -5];

    [Fact]
    public void Value_IsHalfL2SquaresPlusL1Magnitudes_OverTheWeights()
    {
        var penalty = new WeightPenalty(new PenaltyOptions { L1 = 0.1, L2 = 0.01 });
        Assert.Equal((0.005 * (4 + 9 + 0)) + (0.1 * (2 + 3 + 0)), penalty.Value<double>(Theta, Tiny), 15);
        Assert.True(penalty.IsActive);
    }

    [Fact]
    public void Gradient_IsL2WPlusL1Sign_WithSignOfZeroZero()
    {
        var penalty = new WeightPenalty(new PenaltyOptions { L1 = 0.1, L2 = 0.01 });
        double[] gradient = [1, 1, 1, 1, 1];
        penalty.AddGradient<double>(Theta, Tiny, gradient);
        Assert.Equal(1 + 0.02 + 0.1, gradient[0], 15);
        Assert.Equal(1 - 0.03 - 0.1, gradient[1], 15);
        Assert.Equal(1.0, gradient[2]);
        Assert.Equal([1.0, 1], gradient[3..]);
    }

    [Fact]
    public void PenalizeBiases_IncludesThem()
    {
        var penalty = new WeightPenalty(new PenaltyOptions { L2 = 1, PenalizeBiases = true });
        Assert.Equal(0.5 * (4 + 9 + 16 + 25), penalty.Value<double>(Theta, Tiny), 15);
        float[] gradient = new float[5];
        penalty.AddGradient<float>([2, -3, 0, 4, -5], Tiny, gradient);
        Assert.Equal([2f, -3, 0, 4, -5], gradient);
    }

    [Fact]
    public void Zero_IsInactive_AndNegativeIsRejected()
    {
        Assert.False(new WeightPenalty(new PenaltyOptions()).IsActive);
        Assert.Equal(0.0, new WeightPenalty(new PenaltyOptions()).Value<double>(Theta, Tiny));
        Assert.StartsWith("L1:", Assert.Throws<RnnToolsException>(() => new WeightPenalty(new PenaltyOptions { L1 = -1 })).Message);
    }
}
