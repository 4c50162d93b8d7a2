using RnnTools.Core.Operations.Models;
using RnnTools.PowerShell.Commands;
using RnnTools.PowerShell.Tests.Support;

namespace RnnTools.PowerShell.Tests;

public sealed class ImportRnnModelCommandTests
{
    [Fact]
    public void BuildOptions_ResolvesThePath() =>
        Assert.Equal(new ImportModelOptions { Path = "/ps/m.json" }, IdentityPaths.Marked(new ImportRnnModelCommand { Path = "m.json" }).BuildOptions());
}
