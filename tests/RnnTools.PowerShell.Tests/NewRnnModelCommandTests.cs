using RnnTools.Core.Initialization;
using RnnTools.Core.Model;
using RnnTools.Core.Operations.Models;
using RnnTools.PowerShell.Commands;

namespace RnnTools.PowerShell.Tests;

public sealed class NewRnnModelCommandTests
{
    [Fact]
    public void BuildOptions_Defaults_AreTheRecordDefaults() =>
        Assert.Equal(new NewModelOptions { InputSize = 6, OutputSize = 4 }, new NewRnnModelCommand { InputSize = 6, OutputSize = 4 }.BuildOptions());

    [Fact]
    public void BuildOptions_EveryParameter_ReachesTheRecord()
    {
        var cmdlet = new NewRnnModelCommand
        {
            InputSize = 2, HiddenSize = 8, OutputSize = 1, Activation = Activation.Relu, OutputFunction = OutputFunction.Logistic, InitPreset = InitPreset.Irnn,
            SpectralRadius = 0.95, WRecInit = "orthogonal(scale=1)", WInInit = "xavier-normal", WOutInit = "zero", Seed = 52, Precision = Precision.Float64,
        };

        Assert.Equal(new NewModelOptions
        {
            InputSize = 2, HiddenSize = 8, OutputSize = 1, Activation = Activation.Relu, OutputFunction = OutputFunction.Logistic, InitPreset = InitPreset.Irnn,
            SpectralRadius = 0.95, WRecInit = "orthogonal(scale=1)", WInInit = "xavier-normal", WOutInit = "zero", Seed = 52, Precision = Precision.Float64,
        }, cmdlet.BuildOptions());
    }

    [Fact]
    public void BuildOptions_EmptyOverrides_AreNotGiven() =>
        Assert.Equal(new NewModelOptions { InputSize = 2, OutputSize = 1 },
            new NewRnnModelCommand { InputSize = 2, OutputSize = 1, WRecInit = "", WInInit = " ", WOutInit = null }.BuildOptions());
}
