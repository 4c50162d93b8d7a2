using RnnTools.Core.Errors;
using RnnTools.Core.Operations;

namespace RnnTools.Core.Tests.Operations;

public sealed class ProjectingSinkTests
{
    [Fact]
    public void ProjectingSink_EmitsTheProjection_AndForwardsEverythingElse()
    {
        var inner = new RecordingSink<object>(allow: false);
        var sink = new ProjectingSink<string, object>(inner, text => text.Length);
        var error = RnnToolsException.InvalidParameter("Seed", "bad");
        var progress = new ProgressUpdate("a", "b", 1, 2, null);

        sink.Emit("four");
        sink.Verbose("v");
        sink.Warning("w");
        sink.Error(error);
        sink.Report(progress);
        bool answer = sink.ShouldProcess("t", "act");

        Assert.Equal([4], inner.Records);
        Assert.Equal(["v"], inner.VerboseLines);
        Assert.Equal(["w"], inner.Warnings);
        Assert.Same(error, Assert.Single(inner.Errors));
        Assert.Same(progress, Assert.Single(inner.ProgressReports));
        Assert.False(answer);
        Assert.Equal([("t", "act")], inner.Questions);
    }
}
