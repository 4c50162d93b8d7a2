using RnnTools.Core.Backends;
using RnnTools.Core.Model;
using RnnTools.Core.Operations.Spectrum;
using RnnTools.PowerShell.Commands;
using RnnTools.PowerShell.Tests.Support;

namespace RnnTools.PowerShell.Tests;

public sealed class GetRnnSpectrumCommandTests
{
    [Fact]
    public void BuildOptions_Files_AreResolved() =>
        Assert.Equal(new SpectrumOptions { ModelPath = "/ps/m.json", BatchPath = "/ps/b.json", Backend = BackendKind.Managed, Threads = 2 },
            IdentityPaths.Marked(new GetRnnSpectrumCommand { ModelPath = "m.json", BatchPath = "b.json", Backend = BackendKind.Managed, Threads = 2 }).BuildOptions());

    [Fact]
    public void BuildOptions_PipedModel_LeavesThePathsEmpty()
    {
        var model = new StoredModel(new RnnModel<double>(new RnnShape(2, 3, 1), Activation.Tanh, OutputFunction.Linear), Precision.Float64);

        Assert.Equal(new SpectrumOptions { Model = model }, IdentityPaths.Marked(new GetRnnSpectrumCommand { Model = model }).BuildOptions());
    }
}
