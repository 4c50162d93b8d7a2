using RnnTools.Core.Errors;
using RnnTools.Core.Numerics;
using RnnTools.Core.Tests.Support;

namespace RnnTools.Core.Tests.Operations;

public sealed class InvariantNumberTests
{
    [Theory]
    [InlineData("0.8", 0.8)]
    [InlineData("1.25", 1.25)]
    [InlineData("1e-3", 0.001)]
    [InlineData(" 2 ", 2.0)]
    [InlineData("inf", double.PositiveInfinity)]
    [InlineData("Infinity", double.PositiveInfinity)]
    public void Parse_UnderGermanCulture_UsesTheDot(string text, double expected)
    {
        using var scope = new CultureScope("de-DE");
        Assert.Equal(expected, InvariantNumber.Parse(text, "SpectralRadius"));
    }

    [Fact]
    public void Parse_Comma_IsAnErrorNamingTheParameter()
    {
        RnnToolsException error = Assert.Throws<RnnToolsException>(() => InvariantNumber.Parse("0,8x", "LearningRate"));
        Assert.Equal(ErrorIds.InvalidHyperParameter, error.ErrorId);
        Assert.StartsWith("LearningRate:", error.Message);
    }

    [Fact]
    public void ParseList_SplitsOnCommas() =>
        Assert.Equal([0.8, 0.9, 1.0], InvariantNumber.ParseList("0.8, 0.9,1", "SpectralRadius"));
}
