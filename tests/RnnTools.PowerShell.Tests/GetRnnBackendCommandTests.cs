using RnnTools.Core.Operations.Backends;
using RnnTools.PowerShell.Commands;

namespace RnnTools.PowerShell.Tests;

public sealed class GetRnnBackendCommandTests
{
    [Fact]
    public void BuildOptions_GivesTheRecordOfTheCliCommand() =>
        Assert.Equal(new BackendListOptions(), new GetRnnBackendCommand().BuildOptions());
}
