using System.CommandLine;

namespace RnnTools.Cli.Commands;

/// <summary><c>rnntools task</c>: the task subcommands <c>list</c> and <c>sample</c>.</summary>
public static class TaskCommand
{
    /// <summary>Creates the command group.</summary>
    public static Command Create()
    {
        var command = new Command("task", "List the tasks or print a batch of one.");
        command.Subcommands.Add(TaskListCommand.Create());
        command.Subcommands.Add(TaskSampleCommand.Create());
        return command;
    }
}
