using RnnTools.Core.Model;
using RnnTools.Core.Operations.Models;
using RnnTools.PowerShell.Commands;
using RnnTools.PowerShell.Tests.Support;

namespace RnnTools.PowerShell.Tests;

public sealed class ExportRnnModelCommandTests
{
    [Fact]
    public void BuildOptions_ResolvesThePathAndCarriesTheModel()
    {
        var model = new StoredModel(new RnnModel<double>(new RnnShape(2, 3, 1), Activation.Tanh, OutputFunction.Linear), Precision.Float32);

        ExportModelOptions options = IdentityPaths.Marked(new ExportRnnModelCommand { Path = "m.json", InputObject = model }).BuildOptions();

        Assert.Equal(new ExportModelOptions { Model = model, Path = "/ps/m.json" }, options);
    }
}
