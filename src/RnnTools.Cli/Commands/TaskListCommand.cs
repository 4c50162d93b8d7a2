using System.CommandLine;
using RnnTools.Cli.Infrastructure;
using RnnTools.Core.Operations.Tasks;
using RnnTools.Core.Tasks;

namespace RnnTools.Cli.Commands;

/// <summary><c>rnntools task list</c>: the tasks, variants, sizes, losses and rules (twin of Get-RnnTask).</summary>
public static class TaskListCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var command = new Command("list", "List every task and variant with n_in/n_out, output function, loss, error rule and success rule.")
        {
            EnumOptions.Optional<TaskName>("--task", "Only this task.", pascalCase: true),
        };
        ListingOptions.AddTo(command, OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json);
        CommandRunner.SetAction(command, context =>
        {
            context.PrintListing(new TaskInfoRecordMap(), sink => new TaskListOperation().Run(BuildOptions(context.Parse), sink, context.CancellationToken));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The options record this command's arguments describe.</summary>
    public static TaskListOptions BuildOptions(ParseResult parse) => new() { Task = parse.GetValue<TaskName?>("--task") };
}
