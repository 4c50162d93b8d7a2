using RnnTools.Core.Backends;
using RnnTools.Core.Operations.Datasets;
using RnnTools.PowerShell.Commands;
using RnnTools.PowerShell.Tests.Support;

namespace RnnTools.PowerShell.Tests;

public sealed class ImportRnnDatasetCommandTests
{
    [Fact]
    public void BuildOptions_ResolvesThePath() =>
        Assert.Equal(new DatasetInfoOptions { Path = "/ps/jsb.pkl" }, IdentityPaths.Marked(new ImportRnnDatasetCommand { Path = "jsb.pkl" }).BuildOptions());

    [Fact]
    public void BuildOptions_ResolvesTheModelPathAndPassesTheBackend() =>
        Assert.Equal(new DatasetInfoOptions { Path = "/ps/jsb.pkl", ModelPath = "/ps/best_model.json", Backend = BackendKind.Managed, Threads = 2 },
            IdentityPaths.Marked(new ImportRnnDatasetCommand { Path = "jsb.pkl", ModelPath = "best_model.json", Backend = BackendKind.Managed, Threads = 2 }).BuildOptions());
}
