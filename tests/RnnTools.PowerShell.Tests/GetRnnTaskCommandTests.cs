using RnnTools.Core.Operations.Tasks;
using RnnTools.Core.Tasks;
using RnnTools.PowerShell.Commands;

namespace RnnTools.PowerShell.Tests;

public sealed class GetRnnTaskCommandTests
{
    [Fact]
    public void BuildOptions_WithoutTask_ListsEveryTask() => Assert.Equal(new TaskListOptions(), new GetRnnTaskCommand().BuildOptions());

    [Fact]
    public void BuildOptions_Task_Filters() =>
        Assert.Equal(new TaskListOptions { Task = TaskName.TemporalOrder }, new GetRnnTaskCommand { Task = TaskName.TemporalOrder }.BuildOptions());
}
