using RnnTools.Core.Tasks;
using RnnTools.PowerShell.Commands;
using RnnTools.PowerShell.Tests.Support;

namespace RnnTools.PowerShell.Tests;

public sealed class NewRnnTaskCommandTests
{
    [Fact]
    public void BuildOptions_Defaults_AreTheRecordDefaults() =>
        Assert.Equal(new TaskOptions { Task = TaskName.Addition }, IdentityPaths.With(new NewRnnTaskCommand { Name = TaskName.Addition }).BuildOptions());

    [Fact]
    public void BuildOptions_EveryParameter_ReachesTheRecord()
    {
        var cmdlet = IdentityPaths.Marked(new NewRnnTaskCommand
        {
            Name = TaskName.Music, Length = 30, Variant = TaskVariant.Pascanu, Mode = TemporalOrderMode.Mixed, MaxLength = 40, BatchSize = 7, Seed = 5,
            NValues = 3, NPos = 4, InnerTask = TaskName.Xor, ErrorThreshold = 0.25, ErrorKind = SequenceErrorKind.Squared, Dataset = "jsb.pkl",
            SplitMode = SplitMode.Full, CropLength = 50,
        });

        Assert.Equal(new TaskOptions
        {
            Task = TaskName.Music, Length = 30, Variant = TaskVariant.Pascanu, Mode = TemporalOrderMode.Mixed, MaxLength = 40, BatchSize = 7, Seed = 5,
            NValues = 3, NPos = 4, InnerTask = TaskName.Xor, ErrorThreshold = 0.25, ErrorKind = SequenceErrorKind.Squared, Dataset = "/ps/jsb.pkl",
            SplitMode = SplitMode.Full, CropLength = 50,
        }, cmdlet.BuildOptions());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void BuildOptions_NoDataset_IsNull(string? dataset) =>
        Assert.Null(IdentityPaths.Marked(new NewRnnTaskCommand { Name = TaskName.Xor, Dataset = dataset }).BuildOptions().Dataset);
}
