using RnnTools.Core.Errors;
using RnnTools.Core.Growth;
using RnnTools.Core.Initialization;
using RnnTools.Core.Optimization;
using RnnTools.Core.Steps;
using RnnTools.Core.Updates;

namespace RnnTools.Core.Tests.Optimization;

public sealed class OptionNamesTests
{
    [Fact]
    public void Format_GivesTheSpecsSpellings()
    {
        Assert.Equal(["galvan", "galvan-muse", "pascanu-sigmoid", "pascanu-basic-tanh", "pascanu-smart-tanh", "sutskever2013", "irnn"], OptionNames.All<InitPreset>());
        Assert.Equal(["constant", "clipping", "two-threshold", "adaptive", "probabilistic", "armijo"], OptionNames.All<StepRuleKind>());
        Assert.Equal(["l2", "maxabs"], OptionNames.All<ClipNorm>());
        Assert.Equal(["plain", "momentum", "nesterov", "averaging", "cyclic"], OptionNames.All<UpdateRuleKind>());
        Assert.Equal(["constant", "sutskever", "sutskever-rnn"], OptionNames.All<MomentumSchedule>());
        Assert.Equal(["none", "incremental"], OptionNames.All<GrowthKind>());
    }

    [Fact]
    public void Parse_IsCaseInsensitive_AndNamesTheOptionOnError()
    {
        Assert.Equal(InitPreset.PascanuSmartTanh, OptionNames.Parse<InitPreset>(" Pascanu-Smart-Tanh ", "InitPreset"));
        Assert.Equal(ClipNorm.MaxAbs, OptionNames.Parse<ClipNorm>("MAXABS", "ClipNorm"));
        RnnToolsException error = Assert.Throws<RnnToolsException>(() => OptionNames.Parse<StepRuleKind>("twothreshold", "StepRule"));
        Assert.Equal(ErrorIds.InvalidHyperParameter, error.ErrorId);
        Assert.Equal("StepRule: unknown value 'twothreshold'; expected one of constant, clipping, two-threshold, adaptive, probabilistic, armijo.", error.Message);
    }
}
