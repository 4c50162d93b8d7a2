using RnnTools.Core.Operations.Datasets;
using RnnTools.PowerShell.Commands;
using RnnTools.PowerShell.Tests.Support;

namespace RnnTools.PowerShell.Tests;

public sealed class ImportRnnDatasetCommandTests
{
    [Fact]
    public void BuildOptions_ResolvesThePath() =>
        Assert.Equal(new DatasetInfoOptions { Path = "/ps/jsb.pkl" }, IdentityPaths.Marked(new ImportRnnDatasetCommand { Path = "jsb.pkl" }).BuildOptions());
}
