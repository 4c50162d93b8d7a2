using RnnTools.Core.Backends;
using RnnTools.Core.Errors;

namespace RnnTools.Core.Tests.Backends;

public sealed class BackendSettingsTests
{
    [Fact]
    public void Parse_Unset_DefaultsToOneThreadAndAuto() =>
        Assert.Equal(new BackendSettings(1, MklCbwrMode.Auto), BackendSettings.Parse(null, null));

    [Fact]
    public void Parse_Values_AreReadCaseInsensitively() =>
        Assert.Equal(new BackendSettings(4, MklCbwrMode.Compatible), BackendSettings.Parse("4", "compatible"));

    [Theory]
    [InlineData(null, MklDispatch.Features)]
    [InlineData("VENDOR", MklDispatch.Vendor)]
    [InlineData(" features ", MklDispatch.Features)]
    public void Parse_Dispatch_DefaultsToFeatures(string? dispatch, MklDispatch expected) =>
        Assert.Equal(expected, BackendSettings.Parse(null, null, dispatch).MklDispatch);

    [Theory]
    [InlineData("intel")]
    [InlineData("1")]
    public void Parse_BadDispatch_NamesTheVariable(string dispatch)
    {
        RnnToolsException error = Assert.Throws<RnnToolsException>(() => BackendSettings.Parse(null, null, dispatch));
        Assert.StartsWith("RNNTOOLS_MKL_DISPATCH", error.Message);
    }

    [Theory]
    [InlineData("0", null, "RNNTOOLS_THREADS")]
    [InlineData("two", null, "RNNTOOLS_THREADS")]
    [InlineData(null, "fastest", "RNNTOOLS_MKL_CBWR")]
    [InlineData(null, "3", "RNNTOOLS_MKL_CBWR")]
    public void Parse_BadValue_NamesTheVariable(string? threads, string? cbwr, string variable)
    {
        RnnToolsException error = Assert.Throws<RnnToolsException>(() => BackendSettings.Parse(threads, cbwr));
        Assert.StartsWith(variable, error.Message);
    }

    [Fact]
    public void MklVersion_IsParsedFromTheBanner() =>
        Assert.Equal("2020.0.4", MklProbe.ParseVersion("Intel(R) Math Kernel Library Version 2020.0.4 Product Build 20200917 for Intel(R) 64 architecture applications"));
}
