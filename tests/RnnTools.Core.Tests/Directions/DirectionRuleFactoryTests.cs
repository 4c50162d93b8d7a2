using RnnTools.Core.Directions;
using RnnTools.Core.Errors;

namespace RnnTools.Core.Tests.Directions;

public sealed class DirectionRuleFactoryTests
{
    [Theory]
    [InlineData("antigradient", "antigradient")]
    [InlineData("simplex", "checked(combined:simplex)")]
    [InlineData("Switching", "checked(combined:simplex)")]
    [InlineData("combined:temporal-clipping", "combined:temporal-clipping")]
    [InlineData("combined:equiangular", "combined:equiangular")]
    [InlineData("combined:reduced-simplex", "combined:reduced-simplex")]
    [InlineData("lbfgs", "lbfgs(4)")]
    [InlineData("dropout", "dropout(checked(combined:simplex))")]
    public void Create_BuildsTheNamedRule(string direction, string name)
    {
        var options = new DirectionOptions { Direction = direction, LbfgsMemory = 4, DropoutRate = 0.1, DropoutInner = "switching" };
        options.Validate();
        Assert.Equal(name, DirectionRuleFactory.Create<float>(options).Name);
    }

    [Theory]
    [InlineData("bogus", null, null, "Direction: unknown direction 'bogus'")]
    [InlineData("combined:bogus", null, null, "Direction: unknown combining rule 'bogus'")]
    [InlineData("lbfgs", null, null, "LbfgsMemory: is required")]
    [InlineData("dropout", null, null, "DropoutRate: is required")]
    [InlineData("dropout", null, "dropout", "DropoutInner: cannot itself be 'dropout'")]
    [InlineData("dropout", null, "nope", "DropoutInner: unknown direction 'nope'")]
    [InlineData("lbfgs", 0, null, "LbfgsMemory: must be ≥ 1")]
    public void Validate_NamesTheOptionAtFault(string direction, int? memory, string? inner, string message)
    {
        var options = new DirectionOptions { Direction = direction, LbfgsMemory = memory, DropoutInner = inner ?? "antigradient", DropoutRate = inner is null ? null : 0.5 };
        RnnToolsException error = Assert.Throws<RnnToolsException>(options.Validate);
        Assert.Equal(ErrorIds.InvalidHyperParameter, error.ErrorId);
        Assert.StartsWith(message, error.Message);
    }

    [Fact]
    public void Validate_ChecksRanges()
    {
        Assert.StartsWith("Psi:", Assert.Throws<RnnToolsException>(new DirectionOptions { Psi = 0 }.Validate).Message);
        Assert.StartsWith("MaxCos:", Assert.Throws<RnnToolsException>(new DirectionOptions { MaxCos = 2 }.Validate).Message);
        Assert.StartsWith("Keep:", Assert.Throws<RnnToolsException>(new DirectionOptions { Keep = 0 }.Validate).Message);
        Assert.StartsWith("DropoutRate:", Assert.Throws<RnnToolsException>(new DirectionOptions { DropoutRate = 1 }.Validate).Message);
        Assert.StartsWith("TrustThreshold:", Assert.Throws<RnnToolsException>(new DirectionOptions { TrustThreshold = -1 }.Validate).Message);
        new DirectionOptions { Direction = "switching", Psi = double.PositiveInfinity }.Validate();
    }
}
