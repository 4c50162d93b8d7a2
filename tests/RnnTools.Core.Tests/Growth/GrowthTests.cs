using RnnTools.Core.Errors;
using RnnTools.Core.Growth;
using RnnTools.Core.Initialization;
using RnnTools.Core.Model;

namespace RnnTools.Core.Tests.Growth;

public sealed class GrowthTests
{
    [Fact]
    public void Incremental_GrowsEveryFrequencyCalls_UpToTheMaximum()
    {
        var policy = new GrowthPolicy(new GrowthOptions { Growth = GrowthKind.Incremental, GrowthMax = 12, GrowthIncrement = 5, GrowthFrequency = 3 });
        Assert.Null(policy.NextHiddenSize(0, 5));
        Assert.Null(policy.NextHiddenSize(1, 5));
        Assert.Equal(10, policy.NextHiddenSize(2, 5));
        Assert.Equal(12, policy.NextHiddenSize(5, 10));
        Assert.Null(policy.NextHiddenSize(8, 12));
        Assert.Null(new GrowthPolicy(new GrowthOptions()).NextHiddenSize(1999, 5));
        Assert.Equal("extending the number of hidden units to 12", GrowthPolicy.Describe(12));
    }

    [Fact]
    public void Options_Validate()
    {
        Assert.StartsWith("GrowthFrequency:", Assert.Throws<RnnToolsException>(new GrowthOptions { GrowthFrequency = 0 }.Validate).Message);
    }

    [Fact]
    public void Grow_KeepsEveryOldBlockIncludingBOut_AndDrawsTheRestFromTheContinuedInitializer()
    {
        var options = new InitializationOptions { WRecInit = "gaussian", WInInit = "uniform", WOutInit = "gaussian(std=1)" };
        ModelInitializer initializer = ModelInitializer.Create(options);
        RnnModel<float> model = initializer.Generate(new RnnShape(2, 2, 3), OutputFunction.Softmax).Convert<float>();
        model.BRec[1] = 7;
        model.BOut[2] = 9;
        RnnModel<float> grown = ModelGrowth.Grow(model, initializer, 4);

        var reference = ModelInitializer.Create(options);
        reference.Generate(new RnnShape(2, 2, 3), OutputFunction.Softmax);
        RnnModel<float> fresh = reference.Generate(new RnnShape(2, 4, 3), OutputFunction.Softmax).Convert<float>();

        Assert.Equal(new RnnShape(2, 4, 3), grown.Shape);
        for (int i = 0; i < 4; i++)
        {
            for (int j = 0; j < 4; j++)
            {
                float expected = i < 2 && j < 2 ? model.WRec[(i * 2) + j] : fresh.WRec[(i * 4) + j];
                Assert.Equal(expected, grown.WRec[(i * 4) + j]);
            }

            for (int j = 0; j < 2; j++)
            {
                Assert.Equal(i < 2 ? model.WIn[(i * 2) + j] : fresh.WIn[(i * 2) + j], grown.WIn[(i * 2) + j]);
            }
        }

        for (int o = 0; o < 3; o++)
        {
            for (int j = 0; j < 4; j++)
            {
                Assert.Equal(j < 2 ? model.WOut[(o * 2) + j] : fresh.WOut[(o * 4) + j], grown.WOut[(o * 4) + j]);
            }
        }

        Assert.Equal([model.BRec[0], 7f, 0, 0], grown.BRec.ToArray());
        Assert.Equal(model.BOut.ToArray(), grown.BOut.ToArray());
        Assert.Equal(model.Activation, grown.Activation);
    }
}
