using RnnTools.Core.Errors;
using RnnTools.Core.Operations;
using RnnTools.Core.Operations.Tasks;
using RnnTools.Core.Tasks;

namespace RnnTools.Core.Tests.Operations.Tasks;

public sealed class NewTaskOperationTests
{
    [Fact]
    public void Run_ValidOptions_EmitsThemAsTheTaskObject()
    {
        var options = new TaskOptions { Task = TaskName.TemporalOrder, Length = 200, Seed = 13, Mode = TemporalOrderMode.Mixed };
        var sink = new RecordingSink<TaskOptions>();

        new NewTaskOperation().Run(options, sink, CancellationToken.None);

        Assert.Same(options, Assert.Single(sink.Records));
        Assert.Contains("n_in=6, n_out=4", Assert.Single(sink.VerboseLines));
    }

    [Theory]
    [InlineData(TaskName.TemporalOrder3, TaskVariant.Galvan, "Variant:")]
    [InlineData(TaskName.PreTrain, TaskVariant.Galvan, "InnerTask:")]
    public void Run_InvalidOptions_NamesTheParameter(TaskName task, TaskVariant variant, string parameter)
    {
        var error = Assert.Throws<RnnToolsException>(() => new NewTaskOperation().Run(new TaskOptions { Task = task, Variant = variant },
            new RecordingSink<TaskOptions>(), CancellationToken.None));

        Assert.StartsWith(parameter, error.Message);
    }

    [Fact]
    public void Run_MusicWithAMissingDataset_IsAnInvalidInputFile()
    {
        string missing = Path.Combine(Path.GetTempPath(), "rnntools-no-such-dataset.json");

        var error = Assert.Throws<RnnToolsException>(() => new NewTaskOperation().Run(new TaskOptions { Task = TaskName.Music, Dataset = missing },
            new RecordingSink<TaskOptions>(), CancellationToken.None));

        Assert.Equal(ErrorIds.InvalidInputFile, error.ErrorId);
    }
}
