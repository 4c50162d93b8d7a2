using RnnTools.Core.Backends;
using RnnTools.Core.Model;
using RnnTools.Core.Operations.Gradients;
using RnnTools.PowerShell.Commands;
using RnnTools.PowerShell.Tests.Support;

namespace RnnTools.PowerShell.Tests;

public sealed class TestRnnGradientCommandTests
{
    [Fact]
    public void BuildOptions_Defaults_AreTheRecordDefaults() => Assert.Equal(new GradientCheckOptions(), IdentityPaths.With(new TestRnnGradientCommand()).BuildOptions());

    [Fact]
    public void BuildOptions_EveryParameter_ReachesTheRecord()
    {
        var cmdlet = IdentityPaths.Marked(new TestRnnGradientCommand
        {
            ModelPath = "m.json", BatchPath = "b.json", InputSize = 5, HiddenSize = 6, OutputSize = 7, Activation = Activation.Sigmoid,
            OutputFunction = OutputFunction.Logistic, Length = 8, BatchSize = 9, Seed = 10, Tolerance = 1e-5, FiniteDifferenceStep = 1e-4,
            Backend = BackendKind.Managed, Threads = 2,
        });

        Assert.Equal(new GradientCheckOptions
        {
            ModelPath = "/ps/m.json", BatchPath = "/ps/b.json", InputSize = 5, HiddenSize = 6, OutputSize = 7, Activation = Activation.Sigmoid,
            OutputFunction = OutputFunction.Logistic, Length = 8, BatchSize = 9, Seed = 10, Tolerance = 1e-5, FiniteDifferenceStep = 1e-4,
            Backend = BackendKind.Managed, Threads = 2,
        }, cmdlet.BuildOptions());
    }
}
