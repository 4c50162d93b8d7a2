using RnnTools.Cli.Infrastructure;

namespace RnnTools.Cli.Tests;

public sealed class ProgressModeSelectorTests
{
    [Theory]
    [InlineData(false, false, false, null, ProgressMode.Terminal)]
    [InlineData(false, false, false, "false", ProgressMode.Terminal)]
    [InlineData(false, true, false, null, ProgressMode.Plain)]
    [InlineData(false, false, true, null, ProgressMode.Plain)]
    [InlineData(false, false, false, "true", ProgressMode.Plain)]
    [InlineData(false, false, false, "TRUE", ProgressMode.Plain)]
    [InlineData(false, false, false, "1", ProgressMode.Plain)]
    [InlineData(true, false, false, null, ProgressMode.None)]
    [InlineData(true, true, true, "true", ProgressMode.None)]
    public void Choose_FollowsTheTerminalAndCi(bool noProgress, bool outputRedirected, bool errorRedirected, string? ci, ProgressMode expected) =>
        Assert.Equal(expected, ProgressModeSelector.Choose(noProgress, outputRedirected, errorRedirected, ci));
}
